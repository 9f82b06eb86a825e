BEGIN TRANSACTION;
CREATE TABLE alembic_version (
	version_num VARCHAR(32) NOT NULL, 
	CONSTRAINT alembic_version_pkc PRIMARY KEY (version_num)
);
INSERT INTO "alembic_version" VALUES('dc11669786a5');
CREATE TABLE "assessments" (
	assessment_id VARCHAR(50) NOT NULL, 
	trace_id VARCHAR(50) NOT NULL, 
	name VARCHAR(250) NOT NULL, 
	assessment_type VARCHAR(20) NOT NULL, 
	value TEXT NOT NULL, 
	error TEXT, 
	created_timestamp BIGINT NOT NULL, 
	last_updated_timestamp BIGINT NOT NULL, 
	source_type VARCHAR(50) NOT NULL, 
	source_id VARCHAR(250), 
	run_id VARCHAR(32), 
	span_id VARCHAR(50), 
	rationale TEXT, 
	overrides VARCHAR(50), 
	valid BOOLEAN NOT NULL, 
	assessment_metadata TEXT, 
	experiment_id INTEGER, 
	trace_timestamp_ms BIGINT, 
	aggregate_value FLOAT, 
	is_numeric_value BOOLEAN DEFAULT 0 NOT NULL, 
	CONSTRAINT assessments_pk PRIMARY KEY (assessment_id), 
	CONSTRAINT fk_assessments_trace_id FOREIGN KEY(trace_id) REFERENCES trace_info (request_id) ON DELETE CASCADE
);
CREATE TABLE budget_policies (
	budget_policy_id VARCHAR(36) NOT NULL, 
	budget_unit VARCHAR(32) NOT NULL, 
	budget_amount FLOAT NOT NULL, 
	duration_unit VARCHAR(32) NOT NULL, 
	duration_value INTEGER NOT NULL, 
	target_scope VARCHAR(32) NOT NULL, 
	budget_action VARCHAR(32) NOT NULL, 
	created_by VARCHAR(255), 
	created_at BIGINT NOT NULL, 
	last_updated_by VARCHAR(255), 
	last_updated_at BIGINT NOT NULL, 
	workspace VARCHAR(63) DEFAULT 'default' NOT NULL, target_value VARCHAR(255), 
	CONSTRAINT budget_policies_pk PRIMARY KEY (budget_policy_id)
);
CREATE TABLE "datasets" (
	dataset_uuid VARCHAR(36) NOT NULL, 
	experiment_id INTEGER NOT NULL, 
	name VARCHAR(500) NOT NULL, 
	digest VARCHAR(36) NOT NULL, 
	dataset_source_type VARCHAR(36) NOT NULL, 
	dataset_source TEXT NOT NULL, 
	dataset_schema TEXT, 
	dataset_profile TEXT, 
	CONSTRAINT dataset_pk PRIMARY KEY (experiment_id, name, digest), 
	CONSTRAINT fk_datasets_experiment_id_experiments FOREIGN KEY(experiment_id) REFERENCES experiments (experiment_id) ON DELETE CASCADE
);
CREATE TABLE endpoint_bindings (
	endpoint_id VARCHAR(36) NOT NULL, 
	resource_type VARCHAR(50) NOT NULL, 
	resource_id VARCHAR(255) NOT NULL, 
	created_at BIGINT NOT NULL, 
	created_by VARCHAR(255), 
	last_updated_at BIGINT NOT NULL, 
	last_updated_by VARCHAR(255), display_name VARCHAR(255), 
	CONSTRAINT endpoint_bindings_pk PRIMARY KEY (endpoint_id, resource_type, resource_id), 
	CONSTRAINT fk_endpoint_bindings_endpoint_id FOREIGN KEY(endpoint_id) REFERENCES endpoints (endpoint_id) ON DELETE CASCADE
);
CREATE TABLE endpoint_model_mappings (
	mapping_id VARCHAR(36) NOT NULL, 
	endpoint_id VARCHAR(36) NOT NULL, 
	model_definition_id VARCHAR(36) NOT NULL, 
	weight FLOAT NOT NULL, 
	created_by VARCHAR(255), 
	created_at BIGINT NOT NULL, linkage_type VARCHAR(64) DEFAULT 'PRIMARY' NOT NULL, fallback_order INTEGER, 
	CONSTRAINT endpoint_model_mappings_pk PRIMARY KEY (mapping_id), 
	CONSTRAINT fk_endpoint_model_mappings_endpoint_id FOREIGN KEY(endpoint_id) REFERENCES endpoints (endpoint_id) ON DELETE CASCADE, 
	CONSTRAINT fk_endpoint_model_mappings_model_definition_id FOREIGN KEY(model_definition_id) REFERENCES model_definitions (model_definition_id)
);
CREATE TABLE endpoint_tags (
	"key" VARCHAR(250) NOT NULL, 
	value VARCHAR(5000), 
	endpoint_id VARCHAR(36) NOT NULL, 
	CONSTRAINT endpoint_tag_pk PRIMARY KEY ("key", endpoint_id), 
	CONSTRAINT fk_endpoint_tags_endpoint_id FOREIGN KEY(endpoint_id) REFERENCES endpoints (endpoint_id) ON DELETE CASCADE
);
CREATE TABLE "endpoints" (
	endpoint_id VARCHAR(36) NOT NULL, 
	name VARCHAR(255), 
	created_by VARCHAR(255), 
	created_at BIGINT NOT NULL, 
	last_updated_by VARCHAR(255), 
	last_updated_at BIGINT NOT NULL, 
	routing_strategy VARCHAR(64), 
	fallback_config_json TEXT, 
	experiment_id INTEGER, 
	usage_tracking BOOLEAN DEFAULT '0' NOT NULL, 
	workspace VARCHAR(63) DEFAULT 'default' NOT NULL, 
	CONSTRAINT endpoints_pk PRIMARY KEY (endpoint_id), 
	CONSTRAINT fk_endpoints_experiment_id FOREIGN KEY(experiment_id) REFERENCES experiments (experiment_id) ON DELETE SET NULL, 
	CONSTRAINT uq_endpoints_workspace_name UNIQUE (workspace, name)
);
CREATE TABLE entity_associations (
	association_id VARCHAR(36) NOT NULL, 
	source_type VARCHAR(36) NOT NULL, 
	source_id VARCHAR(36) NOT NULL, 
	destination_type VARCHAR(36) NOT NULL, 
	destination_id VARCHAR(36) NOT NULL, 
	created_time BIGINT, 
	CONSTRAINT entity_associations_pk PRIMARY KEY (source_type, source_id, destination_type, destination_id)
);
CREATE TABLE "evaluation_dataset_records" (
	dataset_record_id VARCHAR(36) NOT NULL, 
	dataset_id VARCHAR(36) NOT NULL, 
	inputs JSON NOT NULL, 
	expectations JSON, 
	tags JSON, 
	source JSON, 
	source_id VARCHAR(36), 
	source_type VARCHAR(255), 
	created_time BIGINT, 
	last_update_time BIGINT, 
	created_by VARCHAR(255), 
	last_updated_by VARCHAR(255), 
	input_hash VARCHAR(64) NOT NULL, outputs JSON, 
	CONSTRAINT evaluation_dataset_records_pk PRIMARY KEY (dataset_record_id), 
	CONSTRAINT fk_evaluation_dataset_records_dataset_id FOREIGN KEY(dataset_id) REFERENCES evaluation_datasets (dataset_id) ON DELETE CASCADE, 
	CONSTRAINT unique_dataset_input UNIQUE (dataset_id, input_hash)
);
CREATE TABLE evaluation_dataset_tags (
	dataset_id VARCHAR(36) NOT NULL, 
	"key" VARCHAR(255) NOT NULL, 
	value VARCHAR(5000), 
	CONSTRAINT evaluation_dataset_tags_pk PRIMARY KEY (dataset_id, "key"), 
	CONSTRAINT fk_evaluation_dataset_tags_dataset_id FOREIGN KEY(dataset_id) REFERENCES evaluation_datasets (dataset_id) ON DELETE CASCADE
);
CREATE TABLE "evaluation_datasets" (
	dataset_id VARCHAR(36) NOT NULL, 
	name VARCHAR(255) NOT NULL, 
	schema TEXT, 
	profile TEXT, 
	digest VARCHAR(64), 
	created_time BIGINT, 
	last_update_time BIGINT, 
	created_by VARCHAR(255), 
	last_updated_by VARCHAR(255), 
	workspace VARCHAR(63) DEFAULT 'default' NOT NULL, 
	CONSTRAINT evaluation_datasets_pk PRIMARY KEY (dataset_id)
);
CREATE TABLE "experiment_tags" (
	"key" VARCHAR(250) NOT NULL, 
	value TEXT, 
	experiment_id INTEGER NOT NULL, 
	CONSTRAINT experiment_tag_pk PRIMARY KEY ("key", experiment_id), 
	FOREIGN KEY(experiment_id) REFERENCES experiments (experiment_id)
);
CREATE TABLE "experiments" (
	experiment_id INTEGER NOT NULL, 
	name VARCHAR(256) NOT NULL, 
	artifact_location VARCHAR(256), 
	lifecycle_stage VARCHAR(32), 
	creation_time BIGINT, 
	last_update_time BIGINT, 
	workspace VARCHAR(63) DEFAULT 'default' NOT NULL, 
	CONSTRAINT experiment_pk PRIMARY KEY (experiment_id), 
	CONSTRAINT experiments_lifecycle_stage CHECK (lifecycle_stage IN ('active', 'deleted')), 
	CONSTRAINT uq_experiments_workspace_name UNIQUE (workspace, name)
);
INSERT INTO "experiments" VALUES(0,'Default','/work/exp2/mlruns/0','active',1796244049066,1796244049066,'default');
INSERT INTO "experiments" VALUES(1,'reference-ablations','file:///work/main/runs/reference-ablation-epalm-1cls/mlartifacts','active',1796244049071,1796244049071,'default');
CREATE TABLE guardrail_configs (
	endpoint_id VARCHAR(36) NOT NULL, 
	guardrail_id VARCHAR(36) NOT NULL, 
	execution_order INTEGER, 
	created_by VARCHAR(255), 
	created_at BIGINT NOT NULL, 
	workspace VARCHAR(63) DEFAULT 'default' NOT NULL, 
	CONSTRAINT guardrail_configs_pk PRIMARY KEY (endpoint_id, guardrail_id), 
	CONSTRAINT fk_guardrail_configs_endpoint_id FOREIGN KEY(endpoint_id) REFERENCES endpoints (endpoint_id) ON DELETE CASCADE, 
	CONSTRAINT fk_guardrail_configs_guardrail_id FOREIGN KEY(guardrail_id) REFERENCES guardrails (guardrail_id) ON DELETE CASCADE
);
CREATE TABLE guardrails (
	guardrail_id VARCHAR(36) NOT NULL, 
	name VARCHAR(255) NOT NULL, 
	scorer_id VARCHAR(36) NOT NULL, 
	scorer_version INTEGER NOT NULL, 
	stage VARCHAR(32) NOT NULL, 
	action VARCHAR(32) NOT NULL, 
	action_endpoint_id VARCHAR(36), 
	created_by VARCHAR(255), 
	created_at BIGINT NOT NULL, 
	last_updated_by VARCHAR(255), 
	last_updated_at BIGINT NOT NULL, 
	workspace VARCHAR(63) DEFAULT 'default' NOT NULL, 
	CONSTRAINT guardrails_pk PRIMARY KEY (guardrail_id), 
	CONSTRAINT fk_guardrails_scorer_version FOREIGN KEY(scorer_id, scorer_version) REFERENCES scorer_versions (scorer_id, scorer_version), 
	CONSTRAINT fk_guardrails_action_endpoint_id FOREIGN KEY(action_endpoint_id) REFERENCES endpoints (endpoint_id) ON DELETE SET NULL
);
CREATE TABLE input_tags (
	input_uuid VARCHAR(36) NOT NULL, 
	name VARCHAR(255) NOT NULL, 
	value VARCHAR(500) NOT NULL, 
	CONSTRAINT input_tags_pk PRIMARY KEY (input_uuid, name)
);
CREATE TABLE inputs (
	input_uuid VARCHAR(36) NOT NULL, 
	source_type VARCHAR(36) NOT NULL, 
	source_id VARCHAR(36) NOT NULL, 
	destination_type VARCHAR(36) NOT NULL, 
	destination_id VARCHAR(36) NOT NULL, step BIGINT DEFAULT '0' NOT NULL, 
	CONSTRAINT inputs_pk PRIMARY KEY (source_type, source_id, destination_type, destination_id)
);
CREATE TABLE issues (
	issue_id VARCHAR(36) NOT NULL, 
	experiment_id INTEGER NOT NULL, 
	name VARCHAR(250) NOT NULL, 
	description TEXT NOT NULL, 
	status VARCHAR(50) NOT NULL, 
	severity VARCHAR(50), 
	root_causes TEXT, 
	source_run_id VARCHAR(32), 
	categories TEXT, 
	created_timestamp BIGINT NOT NULL, 
	last_updated_timestamp BIGINT NOT NULL, 
	created_by VARCHAR(255), 
	CONSTRAINT issues_pk PRIMARY KEY (issue_id), 
	CONSTRAINT fk_issues_experiment_id FOREIGN KEY(experiment_id) REFERENCES experiments (experiment_id) ON DELETE CASCADE, 
	CONSTRAINT fk_issues_source_run_id FOREIGN KEY(source_run_id) REFERENCES runs (run_uuid) ON DELETE SET NULL
);
CREATE TABLE job_locks (
	lock_key VARCHAR(255) NOT NULL, 
	job_id VARCHAR(36) NOT NULL, 
	acquired_at BIGINT NOT NULL, 
	CONSTRAINT job_locks_pk PRIMARY KEY (lock_key), 
	CONSTRAINT fk_job_locks_job_id FOREIGN KEY(job_id) REFERENCES jobs (id) ON DELETE CASCADE
);
CREATE TABLE "jobs" (
	id VARCHAR(36) NOT NULL, 
	creation_time BIGINT NOT NULL, 
	job_name VARCHAR(500) NOT NULL, 
	params TEXT NOT NULL, 
	timeout FLOAT, 
	status INTEGER NOT NULL, 
	result TEXT, 
	retry_count INTEGER NOT NULL, 
	last_update_time BIGINT NOT NULL, 
	workspace VARCHAR(63) DEFAULT 'default' NOT NULL, status_details JSON, creator VARCHAR(255), executor_backend VARCHAR(255), lease_expires_at BIGINT, status_message TEXT, progress JSON, progress_updated_at BIGINT, token_hash VARCHAR(64), scoped_permissions JSON, next_attempt_at BIGINT, 
	CONSTRAINT jobs_pk PRIMARY KEY (id)
);
CREATE TABLE label_schemas (
	schema_id VARCHAR(36) NOT NULL, 
	experiment_id INTEGER NOT NULL, 
	name VARCHAR(250) NOT NULL, 
	type VARCHAR(16) NOT NULL, 
	instruction TEXT, 
	enable_comment BOOLEAN DEFAULT '0' NOT NULL, 
	input_type VARCHAR(32) NOT NULL, 
	input_config TEXT NOT NULL, 
	created_by VARCHAR(255), 
	created_time BIGINT NOT NULL, 
	last_update_time BIGINT NOT NULL, 
	is_default BOOLEAN DEFAULT 0 NOT NULL, 
	CONSTRAINT label_schemas_pk PRIMARY KEY (schema_id), 
	CONSTRAINT fk_label_schemas_experiment_id FOREIGN KEY(experiment_id) REFERENCES experiments (experiment_id) ON DELETE CASCADE, 
	CONSTRAINT uq_label_schemas_exp_name UNIQUE (experiment_id, name)
);
CREATE TABLE "latest_metrics" (
	"key" VARCHAR(250) NOT NULL, 
	value FLOAT NOT NULL, 
	timestamp BIGINT, 
	step BIGINT NOT NULL, 
	is_nan BOOLEAN NOT NULL, 
	run_uuid VARCHAR(32) NOT NULL, 
	CONSTRAINT latest_metric_pk PRIMARY KEY ("key", run_uuid), 
	FOREIGN KEY(run_uuid) REFERENCES runs (run_uuid), 
	CHECK (is_nan IN (0, 1))
);
INSERT INTO "latest_metrics" VALUES('params/trainable',1408320.0,1796244050763,0,0,'b478f0190ed34c2f9cdcca204535c7f7');
INSERT INTO "latest_metrics" VALUES('params/lm',134515008.0,1796244050763,0,0,'b478f0190ed34c2f9cdcca204535c7f7');
INSERT INTO "latest_metrics" VALUES('train/loss',2.38723292946815490722e-01,1796244151940,100,0,'b478f0190ed34c2f9cdcca204535c7f7');
INSERT INTO "latest_metrics" VALUES('train/lr',1.0e-05,1796244151940,100,0,'b478f0190ed34c2f9cdcca204535c7f7');
INSERT INTO "latest_metrics" VALUES('train/grad_norm',1.24279356002807617187e+00,1796244151940,100,0,'b478f0190ed34c2f9cdcca204535c7f7');
INSERT INTO "latest_metrics" VALUES('test/vqa_accuracy',76.0,1796244181114,100,0,'b478f0190ed34c2f9cdcca204535c7f7');
INSERT INTO "latest_metrics" VALUES('test/vqa_accuracy_unrounded',76.0,1796244181114,100,0,'b478f0190ed34c2f9cdcca204535c7f7');
INSERT INTO "latest_metrics" VALUES('test/vqa_accuracy/yes/no',74.64,1796244181114,100,0,'b478f0190ed34c2f9cdcca204535c7f7');
INSERT INTO "latest_metrics" VALUES('test/vqa_accuracy_unrounded/yes/no',7.46397694524495705073e+01,1796244181114,100,0,'b478f0190ed34c2f9cdcca204535c7f7');
INSERT INTO "latest_metrics" VALUES('test/vqa_accuracy/question_type/yes/no',74.64,1796244181114,100,0,'b478f0190ed34c2f9cdcca204535c7f7');
INSERT INTO "latest_metrics" VALUES('test/vqa_accuracy_unrounded/question_type/yes/no',7.46397694524495705073e+01,1796244181114,100,0,'b478f0190ed34c2f9cdcca204535c7f7');
INSERT INTO "latest_metrics" VALUES('test/vqa_accuracy/other',79.08,1796244181114,100,0,'b478f0190ed34c2f9cdcca204535c7f7');
INSERT INTO "latest_metrics" VALUES('test/vqa_accuracy_unrounded/other',7.90849673202614411593e+01,1796244181114,100,0,'b478f0190ed34c2f9cdcca204535c7f7');
INSERT INTO "latest_metrics" VALUES('test/vqa_accuracy/question_type/shape',100.0,1796244181114,100,0,'b478f0190ed34c2f9cdcca204535c7f7');
INSERT INTO "latest_metrics" VALUES('test/vqa_accuracy_unrounded/question_type/shape',100.0,1796244181114,100,0,'b478f0190ed34c2f9cdcca204535c7f7');
INSERT INTO "latest_metrics" VALUES('test/vqa_accuracy/question_type/color',57.89,1796244181114,100,0,'b478f0190ed34c2f9cdcca204535c7f7');
INSERT INTO "latest_metrics" VALUES('test/vqa_accuracy_unrounded/question_type/color',5.78947368421052601652e+01,1796244181114,100,0,'b478f0190ed34c2f9cdcca204535c7f7');
INSERT INTO "latest_metrics" VALUES('time/features_s',3.00791046996891964226e-01,1796244181114,100,0,'b478f0190ed34c2f9cdcca204535c7f7');
INSERT INTO "latest_metrics" VALUES('time/lm_load_s',2.90395366995653603225e-01,1796244181114,100,0,'b478f0190ed34c2f9cdcca204535c7f7');
INSERT INTO "latest_metrics" VALUES('time/train_s',1.0121300534500187496e+02,1796244181114,100,0,'b478f0190ed34c2f9cdcca204535c7f7');
INSERT INTO "latest_metrics" VALUES('time/train_step_s',1.00191718926244632825e+00,1796244181114,100,0,'b478f0190ed34c2f9cdcca204535c7f7');
INSERT INTO "latest_metrics" VALUES('time/eval_s',2.91176751239981967955e+01,1796244181114,100,0,'b478f0190ed34c2f9cdcca204535c7f7');
INSERT INTO "latest_metrics" VALUES('time/eval_example_s',5.82353502479963924809e-02,1796244181114,100,0,'b478f0190ed34c2f9cdcca204535c7f7');
INSERT INTO "latest_metrics" VALUES('time/total_s',1.31735538519998954145e+02,1796244181114,100,0,'b478f0190ed34c2f9cdcca204535c7f7');
INSERT INTO "latest_metrics" VALUES('ood/easy-vqa/gaussian_noise-3/vqa_accuracy',67.6,1796244210264,0,0,'b478f0190ed34c2f9cdcca204535c7f7');
INSERT INTO "latest_metrics" VALUES('ima/ima',0.0510429773802542,1796244223646,0,0,'b478f0190ed34c2f9cdcca204535c7f7');
INSERT INTO "latest_metrics" VALUES('ima/ima0',2.94004194772569567295e-02,1796244223646,0,0,'b478f0190ed34c2f9cdcca204535c7f7');
INSERT INTO "latest_metrics" VALUES('ima/matched',5.28353271093955495496e-02,1796244223646,0,0,'b478f0190ed34c2f9cdcca204535c7f7');
INSERT INTO "latest_metrics" VALUES('ima/pp',9.50821541694474414718e-01,1796244223646,0,0,'b478f0190ed34c2f9cdcca204535c7f7');
INSERT INTO "latest_metrics" VALUES('ima/tt',9.73239225186900536179e-01,1796244223646,0,0,'b478f0190ed34c2f9cdcca204535c7f7');
INSERT INTO "latest_metrics" VALUES('params/trainable',1408320.0,1796244225006,0,0,'d55d7926cb6446ff8bd66ecce117077f');
INSERT INTO "latest_metrics" VALUES('params/lm',134515008.0,1796244225006,0,0,'d55d7926cb6446ff8bd66ecce117077f');
INSERT INTO "latest_metrics" VALUES('train/loss',0.242881178855896,1796244323097,100,0,'d55d7926cb6446ff8bd66ecce117077f');
INSERT INTO "latest_metrics" VALUES('train/lr',1.0e-05,1796244323097,100,0,'d55d7926cb6446ff8bd66ecce117077f');
INSERT INTO "latest_metrics" VALUES('train/grad_norm',1.59320211410522460937e+00,1796244323097,100,0,'d55d7926cb6446ff8bd66ecce117077f');
INSERT INTO "latest_metrics" VALUES('test/vqa_accuracy',78.8,1796244349632,100,0,'d55d7926cb6446ff8bd66ecce117077f');
INSERT INTO "latest_metrics" VALUES('test/vqa_accuracy_unrounded',78.8,1796244349632,100,0,'d55d7926cb6446ff8bd66ecce117077f');
INSERT INTO "latest_metrics" VALUES('test/vqa_accuracy/yes/no',78.96,1796244349632,100,0,'d55d7926cb6446ff8bd66ecce117077f');
INSERT INTO "latest_metrics" VALUES('test/vqa_accuracy_unrounded/yes/no',7.896253602305475283e+01,1796244349632,100,0,'d55d7926cb6446ff8bd66ecce117077f');
INSERT INTO "latest_metrics" VALUES('test/vqa_accuracy/question_type/yes/no',78.96,1796244349632,100,0,'d55d7926cb6446ff8bd66ecce117077f');
INSERT INTO "latest_metrics" VALUES('test/vqa_accuracy_unrounded/question_type/yes/no',7.896253602305475283e+01,1796244349632,100,0,'d55d7926cb6446ff8bd66ecce117077f');
INSERT INTO "latest_metrics" VALUES('test/vqa_accuracy/other',78.43,1796244349632,100,0,'d55d7926cb6446ff8bd66ecce117077f');
INSERT INTO "latest_metrics" VALUES('test/vqa_accuracy_unrounded/other',7.8431372549019613416e+01,1796244349632,100,0,'d55d7926cb6446ff8bd66ecce117077f');
INSERT INTO "latest_metrics" VALUES('test/vqa_accuracy/question_type/shape',100.0,1796244349632,100,0,'d55d7926cb6446ff8bd66ecce117077f');
INSERT INTO "latest_metrics" VALUES('test/vqa_accuracy_unrounded/question_type/shape',100.0,1796244349632,100,0,'d55d7926cb6446ff8bd66ecce117077f');
INSERT INTO "latest_metrics" VALUES('test/vqa_accuracy/question_type/color',56.58,1796244349632,100,0,'d55d7926cb6446ff8bd66ecce117077f');
INSERT INTO "latest_metrics" VALUES('test/vqa_accuracy_unrounded/question_type/color',5.65789473684210548771e+01,1796244349632,100,0,'d55d7926cb6446ff8bd66ecce117077f');
INSERT INTO "latest_metrics" VALUES('time/features_s',2.42860970000037923455e-01,1796244349632,100,0,'d55d7926cb6446ff8bd66ecce117077f');
INSERT INTO "latest_metrics" VALUES('time/lm_load_s',1.39816754999628756195e-01,1796244349632,100,0,'d55d7926cb6446ff8bd66ecce117077f');
INSERT INTO "latest_metrics" VALUES('time/train_s',9.81175412969969329424e+01,1796244349632,100,0,'d55d7926cb6446ff8bd66ecce117077f');
INSERT INTO "latest_metrics" VALUES('time/train_step_s',9.78169746626467717653e-01,1796244349632,100,0,'d55d7926cb6446ff8bd66ecce117077f');
INSERT INTO "latest_metrics" VALUES('time/eval_s',2.64862960419995943075e+01,1796244349632,100,0,'d55d7926cb6446ff8bd66ecce117077f');
INSERT INTO "latest_metrics" VALUES('time/eval_example_s',5.29725920839991884503e-02,1796244349632,100,0,'d55d7926cb6446ff8bd66ecce117077f');
INSERT INTO "latest_metrics" VALUES('time/total_s',1.25821284302997810295e+02,1796244349632,100,0,'d55d7926cb6446ff8bd66ecce117077f');
INSERT INTO "latest_metrics" VALUES('ood/easy-vqa/gaussian_noise-3/vqa_accuracy',70.8,1796244380561,0,0,'d55d7926cb6446ff8bd66ecce117077f');
INSERT INTO "latest_metrics" VALUES('ima/ima',3.88335592411269553414e-02,1796244394603,0,0,'d55d7926cb6446ff8bd66ecce117077f');
INSERT INTO "latest_metrics" VALUES('ima/ima0',1.87325526765070270174e-02,1796244394603,0,0,'d55d7926cb6446ff8bd66ecce117077f');
INSERT INTO "latest_metrics" VALUES('ima/matched',4.06806793513708325749e-02,1796244394603,0,0,'d55d7926cb6446ff8bd66ecce117077f');
INSERT INTO "latest_metrics" VALUES('ima/pp',9.33372967994243185607e-01,1796244394603,0,0,'d55d7926cb6446ff8bd66ecce117077f');
INSERT INTO "latest_metrics" VALUES('ima/tt',0.964418082278205,1796244394603,0,0,'d55d7926cb6446ff8bd66ecce117077f');
INSERT INTO "latest_metrics" VALUES('params/trainable',1408320.0,1796244397198,0,0,'fc0674f8a9ce4a4d8ffc19cb9a39d868');
INSERT INTO "latest_metrics" VALUES('params/lm',134515008.0,1796244397198,0,0,'fc0674f8a9ce4a4d8ffc19cb9a39d868');
INSERT INTO "latest_metrics" VALUES('train/loss',2.89377123117446899414e-01,1796244495769,100,0,'fc0674f8a9ce4a4d8ffc19cb9a39d868');
INSERT INTO "latest_metrics" VALUES('train/lr',1.0e-05,1796244495769,100,0,'fc0674f8a9ce4a4d8ffc19cb9a39d868');
INSERT INTO "latest_metrics" VALUES('train/grad_norm',1.56803989410400390625e+00,1796244495769,100,0,'fc0674f8a9ce4a4d8ffc19cb9a39d868');
INSERT INTO "latest_metrics" VALUES('test/vqa_accuracy',75.2,1796244523377,100,0,'fc0674f8a9ce4a4d8ffc19cb9a39d868');
INSERT INTO "latest_metrics" VALUES('test/vqa_accuracy_unrounded',75.2,1796244523377,100,0,'fc0674f8a9ce4a4d8ffc19cb9a39d868');
INSERT INTO "latest_metrics" VALUES('test/vqa_accuracy/yes/no',75.22,1796244523377,100,0,'fc0674f8a9ce4a4d8ffc19cb9a39d868');
INSERT INTO "latest_metrics" VALUES('test/vqa_accuracy_unrounded/yes/no',7.52161383285302633785e+01,1796244523377,100,0,'fc0674f8a9ce4a4d8ffc19cb9a39d868');
INSERT INTO "latest_metrics" VALUES('test/vqa_accuracy/question_type/yes/no',75.22,1796244523377,100,0,'fc0674f8a9ce4a4d8ffc19cb9a39d868');
INSERT INTO "latest_metrics" VALUES('test/vqa_accuracy_unrounded/question_type/yes/no',7.52161383285302633785e+01,1796244523377,100,0,'fc0674f8a9ce4a4d8ffc19cb9a39d868');
INSERT INTO "latest_metrics" VALUES('test/vqa_accuracy/other',75.16,1796244523377,100,0,'fc0674f8a9ce4a4d8ffc19cb9a39d868');
INSERT INTO "latest_metrics" VALUES('test/vqa_accuracy_unrounded/other',7.51633986928104604876e+01,1796244523377,100,0,'fc0674f8a9ce4a4d8ffc19cb9a39d868');
INSERT INTO "latest_metrics" VALUES('test/vqa_accuracy/question_type/shape',100.0,1796244523377,100,0,'fc0674f8a9ce4a4d8ffc19cb9a39d868');
INSERT INTO "latest_metrics" VALUES('test/vqa_accuracy_unrounded/question_type/shape',100.0,1796244523377,100,0,'fc0674f8a9ce4a4d8ffc19cb9a39d868');
INSERT INTO "latest_metrics" VALUES('test/vqa_accuracy/question_type/color',50.0,1796244523377,100,0,'fc0674f8a9ce4a4d8ffc19cb9a39d868');
INSERT INTO "latest_metrics" VALUES('test/vqa_accuracy_unrounded/question_type/color',50.0,1796244523377,100,0,'fc0674f8a9ce4a4d8ffc19cb9a39d868');
INSERT INTO "latest_metrics" VALUES('time/features_s',2.40128024001023732125e-01,1796244523377,100,0,'fc0674f8a9ce4a4d8ffc19cb9a39d868');
INSERT INTO "latest_metrics" VALUES('time/lm_load_s',6.14469368993013631552e-01,1796244523377,100,0,'fc0674f8a9ce4a4d8ffc19cb9a39d868');
INSERT INTO "latest_metrics" VALUES('time/train_s',9.86025041190005140361e+01,1796244523377,100,0,'fc0674f8a9ce4a4d8ffc19cb9a39d868');
INSERT INTO "latest_metrics" VALUES('time/train_step_s',9.83544759909184884705e-01,1796244523377,100,0,'fc0674f8a9ce4a4d8ffc19cb9a39d868');
INSERT INTO "latest_metrics" VALUES('time/eval_s',2.7555939620004210155e+01,1796244523377,100,0,'fc0674f8a9ce4a4d8ffc19cb9a39d868');
INSERT INTO "latest_metrics" VALUES('time/eval_example_s',5.51118792400084184235e-02,1796244523377,100,0,'fc0674f8a9ce4a4d8ffc19cb9a39d868');
INSERT INTO "latest_metrics" VALUES('time/total_s',1.28614273143997706942e+02,1796244523377,100,0,'fc0674f8a9ce4a4d8ffc19cb9a39d868');
INSERT INTO "latest_metrics" VALUES('ood/easy-vqa/gaussian_noise-3/vqa_accuracy',71.2,1796244551854,0,0,'fc0674f8a9ce4a4d8ffc19cb9a39d868');
INSERT INTO "latest_metrics" VALUES('ima/ima',7.53920533254160696312e-02,1796244564830,0,0,'fc0674f8a9ce4a4d8ffc19cb9a39d868');
INSERT INTO "latest_metrics" VALUES('ima/ima0',2.97222384071927463178e-02,1796244564830,0,0,'fc0674f8a9ce4a4d8ffc19cb9a39d868');
INSERT INTO "latest_metrics" VALUES('ima/matched',7.8587972097071662203e-02,1796244564830,0,0,'fc0674f8a9ce4a4d8ffc19cb9a39d868');
INSERT INTO "latest_metrics" VALUES('ima/pp',0.953204110179864,1796244564830,0,0,'fc0674f8a9ce4a4d8ffc19cb9a39d868');
INSERT INTO "latest_metrics" VALUES('ima/tt',9.63486018816241407414e-01,1796244564830,0,0,'fc0674f8a9ce4a4d8ffc19cb9a39d868');
CREATE TABLE logged_model_metrics (
	model_id VARCHAR(36) NOT NULL, 
	metric_name VARCHAR(500) NOT NULL, 
	metric_timestamp_ms BIGINT NOT NULL, 
	metric_step BIGINT NOT NULL, 
	metric_value FLOAT, 
	experiment_id INTEGER NOT NULL, 
	run_id VARCHAR(32) NOT NULL, 
	dataset_uuid VARCHAR(36), 
	dataset_name VARCHAR(500), 
	dataset_digest VARCHAR(36), 
	CONSTRAINT logged_model_metrics_pk PRIMARY KEY (model_id, metric_name, metric_timestamp_ms, metric_step, run_id), 
	CONSTRAINT fk_logged_model_metrics_experiment_id FOREIGN KEY(experiment_id) REFERENCES experiments (experiment_id), 
	CONSTRAINT fk_logged_model_metrics_model_id FOREIGN KEY(model_id) REFERENCES logged_models (model_id) ON DELETE CASCADE, 
	CONSTRAINT fk_logged_model_metrics_run_id FOREIGN KEY(run_id) REFERENCES runs (run_uuid) ON DELETE CASCADE
);
CREATE TABLE logged_model_params (
	model_id VARCHAR(36) NOT NULL, 
	experiment_id INTEGER NOT NULL, 
	param_key VARCHAR(255) NOT NULL, 
	param_value TEXT NOT NULL, 
	CONSTRAINT logged_model_params_pk PRIMARY KEY (model_id, param_key), 
	CONSTRAINT fk_logged_model_params_experiment_id FOREIGN KEY(experiment_id) REFERENCES experiments (experiment_id), 
	CONSTRAINT fk_logged_model_params_model_id FOREIGN KEY(model_id) REFERENCES logged_models (model_id) ON DELETE CASCADE
);
CREATE TABLE logged_model_tags (
	model_id VARCHAR(36) NOT NULL, 
	experiment_id INTEGER NOT NULL, 
	tag_key VARCHAR(255) NOT NULL, 
	tag_value TEXT NOT NULL, 
	CONSTRAINT logged_model_tags_pk PRIMARY KEY (model_id, tag_key), 
	CONSTRAINT fk_logged_model_tags_experiment_id FOREIGN KEY(experiment_id) REFERENCES experiments (experiment_id), 
	CONSTRAINT fk_logged_model_tags_model_id FOREIGN KEY(model_id) REFERENCES logged_models (model_id) ON DELETE CASCADE
);
CREATE TABLE logged_models (
	model_id VARCHAR(36) NOT NULL, 
	experiment_id INTEGER NOT NULL, 
	name VARCHAR(500) NOT NULL, 
	artifact_location VARCHAR(1000) NOT NULL, 
	creation_timestamp_ms BIGINT NOT NULL, 
	last_updated_timestamp_ms BIGINT NOT NULL, 
	status INTEGER NOT NULL, 
	lifecycle_stage VARCHAR(32), 
	model_type VARCHAR(500), 
	source_run_id VARCHAR(32), 
	status_message VARCHAR(1000), 
	CONSTRAINT logged_models_pk PRIMARY KEY (model_id), 
	CONSTRAINT logged_models_lifecycle_stage_check CHECK (lifecycle_stage IN ('active', 'deleted')), 
	CONSTRAINT fk_logged_models_experiment_id FOREIGN KEY(experiment_id) REFERENCES experiments (experiment_id) ON DELETE CASCADE
);
CREATE TABLE mcp_access_endpoints (
	id VARCHAR(36) NOT NULL, 
	workspace VARCHAR(63) DEFAULT 'default' NOT NULL, 
	server_name VARCHAR(256) NOT NULL, 
	server_version VARCHAR(128), 
	server_alias VARCHAR(256), 
	url VARCHAR(2048) NOT NULL, 
	transport_type VARCHAR(32) DEFAULT 'streamable-http' NOT NULL, 
	created_by VARCHAR(256), 
	last_updated_by VARCHAR(256), 
	created_at BIGINT NOT NULL, 
	last_updated_at BIGINT NOT NULL, 
	CONSTRAINT mcp_access_endpoints_pk PRIMARY KEY (id), 
	CONSTRAINT mcp_access_endpoints_server_fkey FOREIGN KEY(workspace, server_name) REFERENCES mcp_servers (workspace, name) ON DELETE CASCADE ON UPDATE CASCADE
);
CREATE TABLE mcp_server_aliases (
	workspace VARCHAR(63) DEFAULT 'default' NOT NULL, 
	name VARCHAR(256) NOT NULL, 
	alias VARCHAR(256) NOT NULL, 
	version VARCHAR(128) NOT NULL, 
	CONSTRAINT mcp_server_aliases_pk PRIMARY KEY (workspace, name, alias), 
	CONSTRAINT mcp_server_aliases_server_fkey FOREIGN KEY(workspace, name) REFERENCES mcp_servers (workspace, name) ON DELETE CASCADE ON UPDATE CASCADE
);
CREATE TABLE mcp_server_tags (
	workspace VARCHAR(63) DEFAULT 'default' NOT NULL, 
	name VARCHAR(256) NOT NULL, 
	"key" VARCHAR(250) NOT NULL, 
	value VARCHAR(5000), 
	CONSTRAINT mcp_server_tags_pk PRIMARY KEY (workspace, name, "key"), 
	CONSTRAINT mcp_server_tags_server_fkey FOREIGN KEY(workspace, name) REFERENCES mcp_servers (workspace, name) ON DELETE CASCADE ON UPDATE CASCADE
);
CREATE TABLE mcp_server_version_tags (
	workspace VARCHAR(63) DEFAULT 'default' NOT NULL, 
	name VARCHAR(256) NOT NULL, 
	version VARCHAR(128) NOT NULL, 
	"key" VARCHAR(250) NOT NULL, 
	value VARCHAR(5000), 
	CONSTRAINT mcp_server_version_tags_pk PRIMARY KEY (workspace, name, version, "key"), 
	CONSTRAINT mcp_server_version_tags_version_fkey FOREIGN KEY(workspace, name, version) REFERENCES mcp_server_versions (workspace, name, version) ON DELETE CASCADE ON UPDATE CASCADE
);
CREATE TABLE mcp_server_versions (
	workspace VARCHAR(63) DEFAULT 'default' NOT NULL, 
	name VARCHAR(256) NOT NULL, 
	version VARCHAR(128) NOT NULL, 
	version_major INTEGER NOT NULL, 
	version_minor INTEGER NOT NULL, 
	version_patch INTEGER NOT NULL, 
	version_prerelease_sort_key VARCHAR(512) NOT NULL, 
	server_json JSON NOT NULL, 
	status VARCHAR(20) DEFAULT 'draft' NOT NULL, 
	tools JSON, 
	source VARCHAR(512), 
	connect_options JSON, 
	created_by VARCHAR(256), 
	last_updated_by VARCHAR(256), 
	created_at BIGINT NOT NULL, 
	last_updated_at BIGINT NOT NULL, 
	CONSTRAINT mcp_server_versions_pk PRIMARY KEY (workspace, name, version), 
	CONSTRAINT mcp_server_versions_server_fkey FOREIGN KEY(workspace, name) REFERENCES mcp_servers (workspace, name) ON DELETE CASCADE ON UPDATE CASCADE
);
CREATE TABLE mcp_servers (
	workspace VARCHAR(63) DEFAULT 'default' NOT NULL, 
	name VARCHAR(256) NOT NULL, 
	display_name VARCHAR(256), 
	description TEXT, 
	icons JSON, 
	created_by VARCHAR(256), 
	last_updated_by VARCHAR(256), 
	created_at BIGINT NOT NULL, 
	last_updated_at BIGINT NOT NULL, 
	CONSTRAINT mcp_servers_pk PRIMARY KEY (workspace, name)
);
CREATE TABLE "metrics" (
	"key" VARCHAR(250) NOT NULL, 
	value FLOAT NOT NULL, 
	timestamp BIGINT NOT NULL, 
	run_uuid VARCHAR(32) NOT NULL, 
	step BIGINT DEFAULT '0' NOT NULL, 
	is_nan BOOLEAN DEFAULT '0' NOT NULL, 
	CONSTRAINT metric_pk PRIMARY KEY ("key", timestamp, step, run_uuid, value, is_nan), 
	FOREIGN KEY(run_uuid) REFERENCES runs (run_uuid), 
	CHECK (is_nan IN (0, 1))
);
INSERT INTO "metrics" VALUES('params/trainable',1408320.0,1796244050763,'b478f0190ed34c2f9cdcca204535c7f7',0,0);
INSERT INTO "metrics" VALUES('params/lm',134515008.0,1796244050763,'b478f0190ed34c2f9cdcca204535c7f7',0,0);
INSERT INTO "metrics" VALUES('train/loss',1.98379433155059814453e+00,1796244061853,'b478f0190ed34c2f9cdcca204535c7f7',10,0);
INSERT INTO "metrics" VALUES('train/lr',0.001,1796244061853,'b478f0190ed34c2f9cdcca204535c7f7',10,0);
INSERT INTO "metrics" VALUES('train/grad_norm',3.82230148315429687491e+01,1796244061853,'b478f0190ed34c2f9cdcca204535c7f7',10,0);
INSERT INTO "metrics" VALUES('train/loss',5.7547664642333984375e-01,1796244071644,'b478f0190ed34c2f9cdcca204535c7f7',20,0);
INSERT INTO "metrics" VALUES('train/lr',9.70147847289024728434e-04,1796244071644,'b478f0190ed34c2f9cdcca204535c7f7',20,0);
INSERT INTO "metrics" VALUES('train/grad_norm',3.83382201194763183593e+00,1796244071644,'b478f0190ed34c2f9cdcca204535c7f7',20,0);
INSERT INTO "metrics" VALUES('train/loss',6.72912478446960449218e-01,1796244082155,'b478f0190ed34c2f9cdcca204535c7f7',30,0);
INSERT INTO "metrics" VALUES('train/lr',8.84191999343894086994e-04,1796244082155,'b478f0190ed34c2f9cdcca204535c7f7',30,0);
INSERT INTO "metrics" VALUES('train/grad_norm',2.8192768096923828125e+00,1796244082155,'b478f0190ed34c2f9cdcca204535c7f7',30,0);
INSERT INTO "metrics" VALUES('train/loss',7.90715396404266357421e-01,1796244093023,'b478f0190ed34c2f9cdcca204535c7f7',40,0);
INSERT INTO "metrics" VALUES('train/lr',7.52499999999999913749e-04,1796244093023,'b478f0190ed34c2f9cdcca204535c7f7',40,0);
INSERT INTO "metrics" VALUES('train/grad_norm',1.66157770156860351562e+00,1796244093023,'b478f0190ed34c2f9cdcca204535c7f7',40,0);
INSERT INTO "metrics" VALUES('train/loss',5.38164436817169189453e-01,1796244103047,'b478f0190ed34c2f9cdcca204535c7f7',50,0);
INSERT INTO "metrics" VALUES('train/lr',5.90955847945130556542e-04,1796244103047,'b478f0190ed34c2f9cdcca204535c7f7',50,0);
INSERT INTO "metrics" VALUES('train/grad_norm',1.82522428035736083984e+00,1796244103047,'b478f0190ed34c2f9cdcca204535c7f7',50,0);
INSERT INTO "metrics" VALUES('train/loss',2.90009319782257080078e-01,1796244113056,'b478f0190ed34c2f9cdcca204535c7f7',60,0);
INSERT INTO "metrics" VALUES('train/lr',4.19044152054869490503e-04,1796244113056,'b478f0190ed34c2f9cdcca204535c7f7',60,0);
INSERT INTO "metrics" VALUES('train/grad_norm',1.28231275081634521484e+00,1796244113056,'b478f0190ed34c2f9cdcca204535c7f7',60,0);
INSERT INTO "metrics" VALUES('train/loss',4.36391174793243408203e-01,1796244123012,'b478f0190ed34c2f9cdcca204535c7f7',70,0);
INSERT INTO "metrics" VALUES('train/lr',2.57500000000000133296e-04,1796244123012,'b478f0190ed34c2f9cdcca204535c7f7',70,0);
INSERT INTO "metrics" VALUES('train/grad_norm',1.68351721763610839843e+00,1796244123012,'b478f0190ed34c2f9cdcca204535c7f7',70,0);
INSERT INTO "metrics" VALUES('train/loss',3.3657988905906677246e-01,1796244132711,'b478f0190ed34c2f9cdcca204535c7f7',80,0);
INSERT INTO "metrics" VALUES('train/lr',1.2580800065610596005e-04,1796244132711,'b478f0190ed34c2f9cdcca204535c7f7',80,0);
INSERT INTO "metrics" VALUES('train/grad_norm',1.82328367233276367187e+00,1796244132711,'b478f0190ed34c2f9cdcca204535c7f7',80,0);
INSERT INTO "metrics" VALUES('train/loss',3.22526395320892333984e-01,1796244142352,'b478f0190ed34c2f9cdcca204535c7f7',90,0);
INSERT INTO "metrics" VALUES('train/lr',3.98521527109753863739e-05,1796244142352,'b478f0190ed34c2f9cdcca204535c7f7',90,0);
INSERT INTO "metrics" VALUES('train/grad_norm',1.56822538375854492187e+00,1796244142352,'b478f0190ed34c2f9cdcca204535c7f7',90,0);
INSERT INTO "metrics" VALUES('train/loss',2.38723292946815490722e-01,1796244151940,'b478f0190ed34c2f9cdcca204535c7f7',100,0);
INSERT INTO "metrics" VALUES('train/lr',1.0e-05,1796244151940,'b478f0190ed34c2f9cdcca204535c7f7',100,0);
INSERT INTO "metrics" VALUES('train/grad_norm',1.24279356002807617187e+00,1796244151940,'b478f0190ed34c2f9cdcca204535c7f7',100,0);
INSERT INTO "metrics" VALUES('test/vqa_accuracy',76.0,1796244181114,'b478f0190ed34c2f9cdcca204535c7f7',100,0);
INSERT INTO "metrics" VALUES('test/vqa_accuracy_unrounded',76.0,1796244181114,'b478f0190ed34c2f9cdcca204535c7f7',100,0);
INSERT INTO "metrics" VALUES('test/vqa_accuracy/yes/no',74.64,1796244181114,'b478f0190ed34c2f9cdcca204535c7f7',100,0);
INSERT INTO "metrics" VALUES('test/vqa_accuracy_unrounded/yes/no',7.46397694524495705073e+01,1796244181114,'b478f0190ed34c2f9cdcca204535c7f7',100,0);
INSERT INTO "metrics" VALUES('test/vqa_accuracy/question_type/yes/no',74.64,1796244181114,'b478f0190ed34c2f9cdcca204535c7f7',100,0);
INSERT INTO "metrics" VALUES('test/vqa_accuracy_unrounded/question_type/yes/no',7.46397694524495705073e+01,1796244181114,'b478f0190ed34c2f9cdcca204535c7f7',100,0);
INSERT INTO "metrics" VALUES('test/vqa_accuracy/other',79.08,1796244181114,'b478f0190ed34c2f9cdcca204535c7f7',100,0);
INSERT INTO "metrics" VALUES('test/vqa_accuracy_unrounded/other',7.90849673202614411593e+01,1796244181114,'b478f0190ed34c2f9cdcca204535c7f7',100,0);
INSERT INTO "metrics" VALUES('test/vqa_accuracy/question_type/shape',100.0,1796244181114,'b478f0190ed34c2f9cdcca204535c7f7',100,0);
INSERT INTO "metrics" VALUES('test/vqa_accuracy_unrounded/question_type/shape',100.0,1796244181114,'b478f0190ed34c2f9cdcca204535c7f7',100,0);
INSERT INTO "metrics" VALUES('test/vqa_accuracy/question_type/color',57.89,1796244181114,'b478f0190ed34c2f9cdcca204535c7f7',100,0);
INSERT INTO "metrics" VALUES('test/vqa_accuracy_unrounded/question_type/color',5.78947368421052601652e+01,1796244181114,'b478f0190ed34c2f9cdcca204535c7f7',100,0);
INSERT INTO "metrics" VALUES('time/features_s',3.00791046996891964226e-01,1796244181114,'b478f0190ed34c2f9cdcca204535c7f7',100,0);
INSERT INTO "metrics" VALUES('time/lm_load_s',2.90395366995653603225e-01,1796244181114,'b478f0190ed34c2f9cdcca204535c7f7',100,0);
INSERT INTO "metrics" VALUES('time/train_s',1.0121300534500187496e+02,1796244181114,'b478f0190ed34c2f9cdcca204535c7f7',100,0);
INSERT INTO "metrics" VALUES('time/train_step_s',1.00191718926244632825e+00,1796244181114,'b478f0190ed34c2f9cdcca204535c7f7',100,0);
INSERT INTO "metrics" VALUES('time/eval_s',2.91176751239981967955e+01,1796244181114,'b478f0190ed34c2f9cdcca204535c7f7',100,0);
INSERT INTO "metrics" VALUES('time/eval_example_s',5.82353502479963924809e-02,1796244181114,'b478f0190ed34c2f9cdcca204535c7f7',100,0);
INSERT INTO "metrics" VALUES('time/total_s',1.31735538519998954145e+02,1796244181114,'b478f0190ed34c2f9cdcca204535c7f7',100,0);
INSERT INTO "metrics" VALUES('ood/easy-vqa/gaussian_noise-3/vqa_accuracy',67.6,1796244210264,'b478f0190ed34c2f9cdcca204535c7f7',0,0);
INSERT INTO "metrics" VALUES('ima/ima',0.0510429773802542,1796244223646,'b478f0190ed34c2f9cdcca204535c7f7',0,0);
INSERT INTO "metrics" VALUES('ima/ima0',2.94004194772569567295e-02,1796244223646,'b478f0190ed34c2f9cdcca204535c7f7',0,0);
INSERT INTO "metrics" VALUES('ima/matched',5.28353271093955495496e-02,1796244223646,'b478f0190ed34c2f9cdcca204535c7f7',0,0);
INSERT INTO "metrics" VALUES('ima/pp',9.50821541694474414718e-01,1796244223646,'b478f0190ed34c2f9cdcca204535c7f7',0,0);
INSERT INTO "metrics" VALUES('ima/tt',9.73239225186900536179e-01,1796244223646,'b478f0190ed34c2f9cdcca204535c7f7',0,0);
INSERT INTO "metrics" VALUES('params/trainable',1408320.0,1796244225006,'d55d7926cb6446ff8bd66ecce117077f',0,0);
INSERT INTO "metrics" VALUES('params/lm',134515008.0,1796244225006,'d55d7926cb6446ff8bd66ecce117077f',0,0);
INSERT INTO "metrics" VALUES('train/loss',1.24379336833953857421e+00,1796244234914,'d55d7926cb6446ff8bd66ecce117077f',10,0);
INSERT INTO "metrics" VALUES('train/lr',0.001,1796244234914,'d55d7926cb6446ff8bd66ecce117077f',10,0);
INSERT INTO "metrics" VALUES('train/grad_norm',5.90628910064697265625e+00,1796244234914,'d55d7926cb6446ff8bd66ecce117077f',10,0);
INSERT INTO "metrics" VALUES('train/loss',0.606883704662323,1796244244755,'d55d7926cb6446ff8bd66ecce117077f',20,0);
INSERT INTO "metrics" VALUES('train/lr',9.70147847289024728434e-04,1796244244755,'d55d7926cb6446ff8bd66ecce117077f',20,0);
INSERT INTO "metrics" VALUES('train/grad_norm',1.58262860774993896484e+00,1796244244755,'d55d7926cb6446ff8bd66ecce117077f',20,0);
INSERT INTO "metrics" VALUES('train/loss',7.45732963085174560546e-01,1796244254109,'d55d7926cb6446ff8bd66ecce117077f',30,0);
INSERT INTO "metrics" VALUES('train/lr',8.84191999343894086994e-04,1796244254109,'d55d7926cb6446ff8bd66ecce117077f',30,0);
INSERT INTO "metrics" VALUES('train/grad_norm',6.10977220535278320312e+00,1796244254109,'d55d7926cb6446ff8bd66ecce117077f',30,0);
INSERT INTO "metrics" VALUES('train/loss',3.70387166738510131835e-01,1796244263849,'d55d7926cb6446ff8bd66ecce117077f',40,0);
INSERT INTO "metrics" VALUES('train/lr',7.52499999999999913749e-04,1796244263849,'d55d7926cb6446ff8bd66ecce117077f',40,0);
INSERT INTO "metrics" VALUES('train/grad_norm',2.9595966339111328125e+00,1796244263849,'d55d7926cb6446ff8bd66ecce117077f',40,0);
INSERT INTO "metrics" VALUES('train/loss',4.11434918642044067382e-01,1796244273910,'d55d7926cb6446ff8bd66ecce117077f',50,0);
INSERT INTO "metrics" VALUES('train/lr',5.90955847945130556542e-04,1796244273910,'d55d7926cb6446ff8bd66ecce117077f',50,0);
INSERT INTO "metrics" VALUES('train/grad_norm',2.82362508773803710937e+00,1796244273910,'d55d7926cb6446ff8bd66ecce117077f',50,0);
INSERT INTO "metrics" VALUES('train/loss',2.46321186423301696777e-01,1796244284535,'d55d7926cb6446ff8bd66ecce117077f',60,0);
INSERT INTO "metrics" VALUES('train/lr',4.19044152054869490503e-04,1796244284535,'d55d7926cb6446ff8bd66ecce117077f',60,0);
INSERT INTO "metrics" VALUES('train/grad_norm',1.09480333328247070312e+00,1796244284535,'d55d7926cb6446ff8bd66ecce117077f',60,0);
INSERT INTO "metrics" VALUES('train/loss',3.17064672708511352539e-01,1796244294809,'d55d7926cb6446ff8bd66ecce117077f',70,0);
INSERT INTO "metrics" VALUES('train/lr',2.57500000000000133296e-04,1796244294809,'d55d7926cb6446ff8bd66ecce117077f',70,0);
INSERT INTO "metrics" VALUES('train/grad_norm',1.17410683631896972656e+00,1796244294809,'d55d7926cb6446ff8bd66ecce117077f',70,0);
INSERT INTO "metrics" VALUES('train/loss',4.03108239173889160156e-01,1796244304503,'d55d7926cb6446ff8bd66ecce117077f',80,0);
INSERT INTO "metrics" VALUES('train/lr',1.2580800065610596005e-04,1796244304503,'d55d7926cb6446ff8bd66ecce117077f',80,0);
INSERT INTO "metrics" VALUES('train/grad_norm',1.85757386684417724609e+00,1796244304503,'d55d7926cb6446ff8bd66ecce117077f',80,0);
INSERT INTO "metrics" VALUES('train/loss',2.42923960089683532714e-01,1796244313950,'d55d7926cb6446ff8bd66ecce117077f',90,0);
INSERT INTO "metrics" VALUES('train/lr',3.98521527109753863739e-05,1796244313950,'d55d7926cb6446ff8bd66ecce117077f',90,0);
INSERT INTO "metrics" VALUES('train/grad_norm',1.46389329433441162109e+00,1796244313950,'d55d7926cb6446ff8bd66ecce117077f',90,0);
INSERT INTO "metrics" VALUES('train/loss',0.242881178855896,1796244323097,'d55d7926cb6446ff8bd66ecce117077f',100,0);
INSERT INTO "metrics" VALUES('train/lr',1.0e-05,1796244323097,'d55d7926cb6446ff8bd66ecce117077f',100,0);
INSERT INTO "metrics" VALUES('train/grad_norm',1.59320211410522460937e+00,1796244323097,'d55d7926cb6446ff8bd66ecce117077f',100,0);
INSERT INTO "metrics" VALUES('test/vqa_accuracy',78.8,1796244349632,'d55d7926cb6446ff8bd66ecce117077f',100,0);
INSERT INTO "metrics" VALUES('test/vqa_accuracy_unrounded',78.8,1796244349632,'d55d7926cb6446ff8bd66ecce117077f',100,0);
INSERT INTO "metrics" VALUES('test/vqa_accuracy/yes/no',78.96,1796244349632,'d55d7926cb6446ff8bd66ecce117077f',100,0);
INSERT INTO "metrics" VALUES('test/vqa_accuracy_unrounded/yes/no',7.896253602305475283e+01,1796244349632,'d55d7926cb6446ff8bd66ecce117077f',100,0);
INSERT INTO "metrics" VALUES('test/vqa_accuracy/question_type/yes/no',78.96,1796244349632,'d55d7926cb6446ff8bd66ecce117077f',100,0);
INSERT INTO "metrics" VALUES('test/vqa_accuracy_unrounded/question_type/yes/no',7.896253602305475283e+01,1796244349632,'d55d7926cb6446ff8bd66ecce117077f',100,0);
INSERT INTO "metrics" VALUES('test/vqa_accuracy/other',78.43,1796244349632,'d55d7926cb6446ff8bd66ecce117077f',100,0);
INSERT INTO "metrics" VALUES('test/vqa_accuracy_unrounded/other',7.8431372549019613416e+01,1796244349632,'d55d7926cb6446ff8bd66ecce117077f',100,0);
INSERT INTO "metrics" VALUES('test/vqa_accuracy/question_type/shape',100.0,1796244349632,'d55d7926cb6446ff8bd66ecce117077f',100,0);
INSERT INTO "metrics" VALUES('test/vqa_accuracy_unrounded/question_type/shape',100.0,1796244349632,'d55d7926cb6446ff8bd66ecce117077f',100,0);
INSERT INTO "metrics" VALUES('test/vqa_accuracy/question_type/color',56.58,1796244349632,'d55d7926cb6446ff8bd66ecce117077f',100,0);
INSERT INTO "metrics" VALUES('test/vqa_accuracy_unrounded/question_type/color',5.65789473684210548771e+01,1796244349632,'d55d7926cb6446ff8bd66ecce117077f',100,0);
INSERT INTO "metrics" VALUES('time/features_s',2.42860970000037923455e-01,1796244349632,'d55d7926cb6446ff8bd66ecce117077f',100,0);
INSERT INTO "metrics" VALUES('time/lm_load_s',1.39816754999628756195e-01,1796244349632,'d55d7926cb6446ff8bd66ecce117077f',100,0);
INSERT INTO "metrics" VALUES('time/train_s',9.81175412969969329424e+01,1796244349632,'d55d7926cb6446ff8bd66ecce117077f',100,0);
INSERT INTO "metrics" VALUES('time/train_step_s',9.78169746626467717653e-01,1796244349632,'d55d7926cb6446ff8bd66ecce117077f',100,0);
INSERT INTO "metrics" VALUES('time/eval_s',2.64862960419995943075e+01,1796244349632,'d55d7926cb6446ff8bd66ecce117077f',100,0);
INSERT INTO "metrics" VALUES('time/eval_example_s',5.29725920839991884503e-02,1796244349632,'d55d7926cb6446ff8bd66ecce117077f',100,0);
INSERT INTO "metrics" VALUES('time/total_s',1.25821284302997810295e+02,1796244349632,'d55d7926cb6446ff8bd66ecce117077f',100,0);
INSERT INTO "metrics" VALUES('ood/easy-vqa/gaussian_noise-3/vqa_accuracy',70.8,1796244380561,'d55d7926cb6446ff8bd66ecce117077f',0,0);
INSERT INTO "metrics" VALUES('ima/ima',3.88335592411269553414e-02,1796244394603,'d55d7926cb6446ff8bd66ecce117077f',0,0);
INSERT INTO "metrics" VALUES('ima/ima0',1.87325526765070270174e-02,1796244394603,'d55d7926cb6446ff8bd66ecce117077f',0,0);
INSERT INTO "metrics" VALUES('ima/matched',4.06806793513708325749e-02,1796244394603,'d55d7926cb6446ff8bd66ecce117077f',0,0);
INSERT INTO "metrics" VALUES('ima/pp',9.33372967994243185607e-01,1796244394603,'d55d7926cb6446ff8bd66ecce117077f',0,0);
INSERT INTO "metrics" VALUES('ima/tt',0.964418082278205,1796244394603,'d55d7926cb6446ff8bd66ecce117077f',0,0);
INSERT INTO "metrics" VALUES('params/trainable',1408320.0,1796244397198,'fc0674f8a9ce4a4d8ffc19cb9a39d868',0,0);
INSERT INTO "metrics" VALUES('params/lm',134515008.0,1796244397198,'fc0674f8a9ce4a4d8ffc19cb9a39d868',0,0);
INSERT INTO "metrics" VALUES('train/loss',1.38398885726928710937e+00,1796244407304,'fc0674f8a9ce4a4d8ffc19cb9a39d868',10,0);
INSERT INTO "metrics" VALUES('train/lr',0.001,1796244407304,'fc0674f8a9ce4a4d8ffc19cb9a39d868',10,0);
INSERT INTO "metrics" VALUES('train/grad_norm',1.33982648849487304685e+01,1796244407304,'fc0674f8a9ce4a4d8ffc19cb9a39d868',10,0);
INSERT INTO "metrics" VALUES('train/loss',3.99195742607116699218e+00,1796244417333,'fc0674f8a9ce4a4d8ffc19cb9a39d868',20,0);
INSERT INTO "metrics" VALUES('train/lr',9.70147847289024728434e-04,1796244417333,'fc0674f8a9ce4a4d8ffc19cb9a39d868',20,0);
INSERT INTO "metrics" VALUES('train/grad_norm',6.900562286376953125e+01,1796244417333,'fc0674f8a9ce4a4d8ffc19cb9a39d868',20,0);
INSERT INTO "metrics" VALUES('train/loss',6.34434819221496582031e-01,1796244426667,'fc0674f8a9ce4a4d8ffc19cb9a39d868',30,0);
INSERT INTO "metrics" VALUES('train/lr',8.84191999343894086994e-04,1796244426667,'fc0674f8a9ce4a4d8ffc19cb9a39d868',30,0);
INSERT INTO "metrics" VALUES('train/grad_norm',2.18339252471923828125e+00,1796244426667,'fc0674f8a9ce4a4d8ffc19cb9a39d868',30,0);
INSERT INTO "metrics" VALUES('train/loss',6.33151352405548095703e-01,1796244436584,'fc0674f8a9ce4a4d8ffc19cb9a39d868',40,0);
INSERT INTO "metrics" VALUES('train/lr',7.52499999999999913749e-04,1796244436584,'fc0674f8a9ce4a4d8ffc19cb9a39d868',40,0);
INSERT INTO "metrics" VALUES('train/grad_norm',1.42313802242279052734e+00,1796244436584,'fc0674f8a9ce4a4d8ffc19cb9a39d868',40,0);
INSERT INTO "metrics" VALUES('train/loss',7.05842256546020507812e-01,1796244446588,'fc0674f8a9ce4a4d8ffc19cb9a39d868',50,0);
INSERT INTO "metrics" VALUES('train/lr',5.90955847945130556542e-04,1796244446588,'fc0674f8a9ce4a4d8ffc19cb9a39d868',50,0);
INSERT INTO "metrics" VALUES('train/grad_norm',1.82792055606842041015e+00,1796244446588,'fc0674f8a9ce4a4d8ffc19cb9a39d868',50,0);
INSERT INTO "metrics" VALUES('train/loss',4.85697180032730102539e-01,1796244456498,'fc0674f8a9ce4a4d8ffc19cb9a39d868',60,0);
INSERT INTO "metrics" VALUES('train/lr',4.19044152054869490503e-04,1796244456498,'fc0674f8a9ce4a4d8ffc19cb9a39d868',60,0);
INSERT INTO "metrics" VALUES('train/grad_norm',1.89303362369537353515e+00,1796244456498,'fc0674f8a9ce4a4d8ffc19cb9a39d868',60,0);
INSERT INTO "metrics" VALUES('train/loss',5.96771597862243652343e-01,1796244466205,'fc0674f8a9ce4a4d8ffc19cb9a39d868',70,0);
INSERT INTO "metrics" VALUES('train/lr',2.57500000000000133296e-04,1796244466205,'fc0674f8a9ce4a4d8ffc19cb9a39d868',70,0);
INSERT INTO "metrics" VALUES('train/grad_norm',1.59657633304595947265e+00,1796244466205,'fc0674f8a9ce4a4d8ffc19cb9a39d868',70,0);
INSERT INTO "metrics" VALUES('train/loss',4.91576671600341796875e-01,1796244476276,'fc0674f8a9ce4a4d8ffc19cb9a39d868',80,0);
INSERT INTO "metrics" VALUES('train/lr',1.2580800065610596005e-04,1796244476276,'fc0674f8a9ce4a4d8ffc19cb9a39d868',80,0);
INSERT INTO "metrics" VALUES('train/grad_norm',1.273471832275390625e+00,1796244476276,'fc0674f8a9ce4a4d8ffc19cb9a39d868',80,0);
INSERT INTO "metrics" VALUES('train/loss',4.31703299283981323242e-01,1796244485977,'fc0674f8a9ce4a4d8ffc19cb9a39d868',90,0);
INSERT INTO "metrics" VALUES('train/lr',3.98521527109753863739e-05,1796244485977,'fc0674f8a9ce4a4d8ffc19cb9a39d868',90,0);
INSERT INTO "metrics" VALUES('train/grad_norm',1.10546433925628662109e+00,1796244485977,'fc0674f8a9ce4a4d8ffc19cb9a39d868',90,0);
INSERT INTO "metrics" VALUES('train/loss',2.89377123117446899414e-01,1796244495769,'fc0674f8a9ce4a4d8ffc19cb9a39d868',100,0);
INSERT INTO "metrics" VALUES('train/lr',1.0e-05,1796244495769,'fc0674f8a9ce4a4d8ffc19cb9a39d868',100,0);
INSERT INTO "metrics" VALUES('train/grad_norm',1.56803989410400390625e+00,1796244495769,'fc0674f8a9ce4a4d8ffc19cb9a39d868',100,0);
INSERT INTO "metrics" VALUES('test/vqa_accuracy',75.2,1796244523377,'fc0674f8a9ce4a4d8ffc19cb9a39d868',100,0);
INSERT INTO "metrics" VALUES('test/vqa_accuracy_unrounded',75.2,1796244523377,'fc0674f8a9ce4a4d8ffc19cb9a39d868',100,0);
INSERT INTO "metrics" VALUES('test/vqa_accuracy/yes/no',75.22,1796244523377,'fc0674f8a9ce4a4d8ffc19cb9a39d868',100,0);
INSERT INTO "metrics" VALUES('test/vqa_accuracy_unrounded/yes/no',7.52161383285302633785e+01,1796244523377,'fc0674f8a9ce4a4d8ffc19cb9a39d868',100,0);
INSERT INTO "metrics" VALUES('test/vqa_accuracy/question_type/yes/no',75.22,1796244523377,'fc0674f8a9ce4a4d8ffc19cb9a39d868',100,0);
INSERT INTO "metrics" VALUES('test/vqa_accuracy_unrounded/question_type/yes/no',7.52161383285302633785e+01,1796244523377,'fc0674f8a9ce4a4d8ffc19cb9a39d868',100,0);
INSERT INTO "metrics" VALUES('test/vqa_accuracy/other',75.16,1796244523377,'fc0674f8a9ce4a4d8ffc19cb9a39d868',100,0);
INSERT INTO "metrics" VALUES('test/vqa_accuracy_unrounded/other',7.51633986928104604876e+01,1796244523377,'fc0674f8a9ce4a4d8ffc19cb9a39d868',100,0);
INSERT INTO "metrics" VALUES('test/vqa_accuracy/question_type/shape',100.0,1796244523377,'fc0674f8a9ce4a4d8ffc19cb9a39d868',100,0);
INSERT INTO "metrics" VALUES('test/vqa_accuracy_unrounded/question_type/shape',100.0,1796244523377,'fc0674f8a9ce4a4d8ffc19cb9a39d868',100,0);
INSERT INTO "metrics" VALUES('test/vqa_accuracy/question_type/color',50.0,1796244523377,'fc0674f8a9ce4a4d8ffc19cb9a39d868',100,0);
INSERT INTO "metrics" VALUES('test/vqa_accuracy_unrounded/question_type/color',50.0,1796244523377,'fc0674f8a9ce4a4d8ffc19cb9a39d868',100,0);
INSERT INTO "metrics" VALUES('time/features_s',2.40128024001023732125e-01,1796244523377,'fc0674f8a9ce4a4d8ffc19cb9a39d868',100,0);
INSERT INTO "metrics" VALUES('time/lm_load_s',6.14469368993013631552e-01,1796244523377,'fc0674f8a9ce4a4d8ffc19cb9a39d868',100,0);
INSERT INTO "metrics" VALUES('time/train_s',9.86025041190005140361e+01,1796244523377,'fc0674f8a9ce4a4d8ffc19cb9a39d868',100,0);
INSERT INTO "metrics" VALUES('time/train_step_s',9.83544759909184884705e-01,1796244523377,'fc0674f8a9ce4a4d8ffc19cb9a39d868',100,0);
INSERT INTO "metrics" VALUES('time/eval_s',2.7555939620004210155e+01,1796244523377,'fc0674f8a9ce4a4d8ffc19cb9a39d868',100,0);
INSERT INTO "metrics" VALUES('time/eval_example_s',5.51118792400084184235e-02,1796244523377,'fc0674f8a9ce4a4d8ffc19cb9a39d868',100,0);
INSERT INTO "metrics" VALUES('time/total_s',1.28614273143997706942e+02,1796244523377,'fc0674f8a9ce4a4d8ffc19cb9a39d868',100,0);
INSERT INTO "metrics" VALUES('ood/easy-vqa/gaussian_noise-3/vqa_accuracy',71.2,1796244551854,'fc0674f8a9ce4a4d8ffc19cb9a39d868',0,0);
INSERT INTO "metrics" VALUES('ima/ima',7.53920533254160696312e-02,1796244564830,'fc0674f8a9ce4a4d8ffc19cb9a39d868',0,0);
INSERT INTO "metrics" VALUES('ima/ima0',2.97222384071927463178e-02,1796244564830,'fc0674f8a9ce4a4d8ffc19cb9a39d868',0,0);
INSERT INTO "metrics" VALUES('ima/matched',7.8587972097071662203e-02,1796244564830,'fc0674f8a9ce4a4d8ffc19cb9a39d868',0,0);
INSERT INTO "metrics" VALUES('ima/pp',0.953204110179864,1796244564830,'fc0674f8a9ce4a4d8ffc19cb9a39d868',0,0);
INSERT INTO "metrics" VALUES('ima/tt',9.63486018816241407414e-01,1796244564830,'fc0674f8a9ce4a4d8ffc19cb9a39d868',0,0);
CREATE TABLE "model_definitions" (
	model_definition_id VARCHAR(36) NOT NULL, 
	name VARCHAR(255) NOT NULL, 
	secret_id VARCHAR(36), 
	provider VARCHAR(64) NOT NULL, 
	model_name VARCHAR(256) NOT NULL, 
	created_by VARCHAR(255), 
	created_at BIGINT NOT NULL, 
	last_updated_by VARCHAR(255), 
	last_updated_at BIGINT NOT NULL, 
	workspace VARCHAR(63) DEFAULT 'default' NOT NULL, 
	CONSTRAINT model_definitions_pk PRIMARY KEY (model_definition_id), 
	CONSTRAINT fk_model_definitions_secret_id FOREIGN KEY(secret_id) REFERENCES secrets (secret_id) ON DELETE SET NULL, 
	CONSTRAINT uq_model_definitions_workspace_name UNIQUE (workspace, name)
);
CREATE TABLE "model_version_tags" (
	"key" VARCHAR(250) NOT NULL, 
	value TEXT, 
	name VARCHAR(256) NOT NULL, 
	version INTEGER NOT NULL, 
	workspace VARCHAR(63) DEFAULT 'default' NOT NULL, 
	CONSTRAINT model_version_tag_pk PRIMARY KEY (workspace, "key", name, version), 
	CONSTRAINT fk_model_version_tags_model_versions FOREIGN KEY(workspace, name, version) REFERENCES model_versions (workspace, name, version) ON UPDATE CASCADE
);
CREATE TABLE "model_versions" (
	name VARCHAR(256) NOT NULL, 
	version INTEGER NOT NULL, 
	creation_time BIGINT, 
	last_updated_time BIGINT, 
	description VARCHAR(5000), 
	user_id VARCHAR(256), 
	current_stage VARCHAR(20), 
	source VARCHAR(500), 
	run_id VARCHAR(32), 
	status VARCHAR(20), 
	status_message VARCHAR(500), 
	run_link VARCHAR(500), 
	storage_location VARCHAR(500), 
	workspace VARCHAR(63) DEFAULT 'default' NOT NULL, 
	CONSTRAINT model_version_pk PRIMARY KEY (workspace, name, version), 
	CONSTRAINT fk_model_versions_registered_models FOREIGN KEY(workspace, name) REFERENCES registered_models (workspace, name) ON UPDATE CASCADE
);
CREATE TABLE online_scoring_configs (
	online_scoring_config_id VARCHAR(36) NOT NULL, 
	scorer_id VARCHAR(36) NOT NULL, 
	sample_rate FLOAT NOT NULL, 
	experiment_id INTEGER NOT NULL, 
	filter_string TEXT, 
	CONSTRAINT online_scoring_config_pk PRIMARY KEY (online_scoring_config_id), 
	CONSTRAINT fk_online_scoring_configs_scorer_id FOREIGN KEY(scorer_id) REFERENCES scorers (scorer_id) ON DELETE CASCADE, 
	CONSTRAINT fk_online_scoring_configs_experiment_id FOREIGN KEY(experiment_id) REFERENCES experiments (experiment_id)
);
CREATE TABLE "params" (
	"key" VARCHAR(250) NOT NULL, 
	value VARCHAR(8000) NOT NULL, 
	run_uuid VARCHAR(32) NOT NULL, 
	CONSTRAINT param_pk PRIMARY KEY ("key", run_uuid), 
	FOREIGN KEY(run_uuid) REFERENCES runs (run_uuid)
);
INSERT INTO "params" VALUES('sweep.name','reference-ablation-epalm-1cls','52c427ae572c4b34a1316694ea07a5ab');
INSERT INTO "params" VALUES('sweep.experiment','reference-ablations','52c427ae572c4b34a1316694ea07a5ab');
INSERT INTO "params" VALUES('sweep.output_dir','runs/reference-ablation-epalm-1cls','52c427ae572c4b34a1316694ea07a5ab');
INSERT INTO "params" VALUES('sweep.storage','None','52c427ae572c4b34a1316694ea07a5ab');
INSERT INTO "params" VALUES('sweep.tracking_uri','None','52c427ae572c4b34a1316694ea07a5ab');
INSERT INTO "params" VALUES('sweep.config','None','52c427ae572c4b34a1316694ea07a5ab');
INSERT INTO "params" VALUES('sweep.base.train.steps','100','52c427ae572c4b34a1316694ea07a5ab');
INSERT INTO "params" VALUES('sweep.base.train.batch_size','16','52c427ae572c4b34a1316694ea07a5ab');
INSERT INTO "params" VALUES('sweep.base.train.eval_every','0','52c427ae572c4b34a1316694ea07a5ab');
INSERT INTO "params" VALUES('sweep.base.eval.max_examples','500','52c427ae572c4b34a1316694ea07a5ab');
INSERT INTO "params" VALUES('sweep.set','[]','52c427ae572c4b34a1316694ea07a5ab');
INSERT INTO "params" VALUES('sweep.method_options.epalm.num_layer_tokens','1','52c427ae572c4b34a1316694ea07a5ab');
INSERT INTO "params" VALUES('sweep.tuned','runs/reference-tune','52c427ae572c4b34a1316694ea07a5ab');
INSERT INTO "params" VALUES('sweep.grids','[{"seed": [0, 1, 2], "method": ["epalm"], "task": ["easy-vqa"], "lm": ["smollm2-135m"], "encoder": ["efficientnet-lite0"], "data_fraction": [0.1]}]','52c427ae572c4b34a1316694ea07a5ab');
INSERT INTO "params" VALUES('sweep.evaluate_on.easy-vqa','["easy-vqa@gaussian_noise-3"]','52c427ae572c4b34a1316694ea07a5ab');
INSERT INTO "params" VALUES('sweep.ima.examples','200','52c427ae572c4b34a1316694ea07a5ab');
INSERT INTO "params" VALUES('sweep.cells','3','52c427ae572c4b34a1316694ea07a5ab');
INSERT INTO "params" VALUES('config.method','epalm','b478f0190ed34c2f9cdcca204535c7f7');
INSERT INTO "params" VALUES('config.task','easy-vqa','b478f0190ed34c2f9cdcca204535c7f7');
INSERT INTO "params" VALUES('config.lm','smollm2-135m','b478f0190ed34c2f9cdcca204535c7f7');
INSERT INTO "params" VALUES('config.encoder','efficientnet-lite0','b478f0190ed34c2f9cdcca204535c7f7');
INSERT INTO "params" VALUES('config.seed','0','b478f0190ed34c2f9cdcca204535c7f7');
INSERT INTO "params" VALUES('config.output_dir','runs/reference-ablation-epalm-1cls','b478f0190ed34c2f9cdcca204535c7f7');
INSERT INTO "params" VALUES('config.run_name','epalm_easy-vqa_smollm2-135m_efficientnet-lite0_f0.1_s0','b478f0190ed34c2f9cdcca204535c7f7');
INSERT INTO "params" VALUES('config.cache_dir','None','b478f0190ed34c2f9cdcca204535c7f7');
INSERT INTO "params" VALUES('config.tracking_uri','sqlite:////work/main/runs/reference-ablation-epalm-1cls/mlflow.db','b478f0190ed34c2f9cdcca204535c7f7');
INSERT INTO "params" VALUES('config.experiment','reference-ablations','b478f0190ed34c2f9cdcca204535c7f7');
INSERT INTO "params" VALUES('config.recipe','shared','b478f0190ed34c2f9cdcca204535c7f7');
INSERT INTO "params" VALUES('config.method_options.num_layer_tokens','1','b478f0190ed34c2f9cdcca204535c7f7');
INSERT INTO "params" VALUES('config.train.steps','100','b478f0190ed34c2f9cdcca204535c7f7');
INSERT INTO "params" VALUES('config.train.batch_size','16','b478f0190ed34c2f9cdcca204535c7f7');
INSERT INTO "params" VALUES('config.train.grad_accum','1','b478f0190ed34c2f9cdcca204535c7f7');
INSERT INTO "params" VALUES('config.train.lr','0.001','b478f0190ed34c2f9cdcca204535c7f7');
INSERT INTO "params" VALUES('config.train.min_lr','1e-05','b478f0190ed34c2f9cdcca204535c7f7');
INSERT INTO "params" VALUES('config.train.weight_decay','0.02','b478f0190ed34c2f9cdcca204535c7f7');
INSERT INTO "params" VALUES('config.train.warmup_steps','10','b478f0190ed34c2f9cdcca204535c7f7');
INSERT INTO "params" VALUES('config.train.grad_clip','1.0','b478f0190ed34c2f9cdcca204535c7f7');
INSERT INTO "params" VALUES('config.train.precision','bf16','b478f0190ed34c2f9cdcca204535c7f7');
INSERT INTO "params" VALUES('config.train.eval_every','0','b478f0190ed34c2f9cdcca204535c7f7');
INSERT INTO "params" VALUES('config.train.log_every','10','b478f0190ed34c2f9cdcca204535c7f7');
INSERT INTO "params" VALUES('config.train.checkpoint_every','50','b478f0190ed34c2f9cdcca204535c7f7');
INSERT INTO "params" VALUES('config.train.loss_reduction','token_mean','b478f0190ed34c2f9cdcca204535c7f7');
INSERT INTO "params" VALUES('config.train.loss_weight','1.0','b478f0190ed34c2f9cdcca204535c7f7');
INSERT INTO "params" VALUES('config.train.betas','[0.9, 0.999]','b478f0190ed34c2f9cdcca204535c7f7');
INSERT INTO "params" VALUES('config.train.eps','1e-08','b478f0190ed34c2f9cdcca204535c7f7');
INSERT INTO "params" VALUES('config.train.schedule','cosine','b478f0190ed34c2f9cdcca204535c7f7');
INSERT INTO "params" VALUES('config.train.param_groups','[]','b478f0190ed34c2f9cdcca204535c7f7');
INSERT INTO "params" VALUES('config.train.loss_tokens','answer','b478f0190ed34c2f9cdcca204535c7f7');
INSERT INTO "params" VALUES('config.train.label_smoothing','0.0','b478f0190ed34c2f9cdcca204535c7f7');
INSERT INTO "params" VALUES('config.train.lm_dropout','False','b478f0190ed34c2f9cdcca204535c7f7');
INSERT INTO "params" VALUES('config.eval.batch_size','64','b478f0190ed34c2f9cdcca204535c7f7');
INSERT INTO "params" VALUES('config.eval.max_new_tokens','5','b478f0190ed34c2f9cdcca204535c7f7');
INSERT INTO "params" VALUES('config.eval.num_beams','1','b478f0190ed34c2f9cdcca204535c7f7');
INSERT INTO "params" VALUES('config.eval.length_penalty','1.0','b478f0190ed34c2f9cdcca204535c7f7');
INSERT INTO "params" VALUES('config.eval.max_examples','500','b478f0190ed34c2f9cdcca204535c7f7');
INSERT INTO "params" VALUES('config.eval.val_max_examples','200','b478f0190ed34c2f9cdcca204535c7f7');
INSERT INTO "params" VALUES('config.data.fraction','0.1','b478f0190ed34c2f9cdcca204535c7f7');
INSERT INTO "params" VALUES('config.data.data_dir','None','b478f0190ed34c2f9cdcca204535c7f7');
INSERT INTO "params" VALUES('config.data.val_images','0.1','b478f0190ed34c2f9cdcca204535c7f7');
INSERT INTO "params" VALUES('config.data.eval_split','None','b478f0190ed34c2f9cdcca204535c7f7');
INSERT INTO "params" VALUES('config.data.missing_media','error','b478f0190ed34c2f9cdcca204535c7f7');
INSERT INTO "params" VALUES('config.data.variant','None','b478f0190ed34c2f9cdcca204535c7f7');
INSERT INTO "params" VALUES('config.data.augment_views','0','b478f0190ed34c2f9cdcca204535c7f7');
INSERT INTO "params" VALUES('config.data.augmentations','[]','b478f0190ed34c2f9cdcca204535c7f7');
INSERT INTO "params" VALUES('config.data.feature_norm','auto','b478f0190ed34c2f9cdcca204535c7f7');
INSERT INTO "params" VALUES('method_config.num_layer_tokens','1','b478f0190ed34c2f9cdcca204535c7f7');
INSERT INTO "params" VALUES('method_config.shared_connector','False','b478f0190ed34c2f9cdcca204535c7f7');
INSERT INTO "params" VALUES('method_config.prompt_length','10','b478f0190ed34c2f9cdcca204535c7f7');
INSERT INTO "params" VALUES('method_config.prompt_mlp','True','b478f0190ed34c2f9cdcca204535c7f7');
INSERT INTO "params" VALUES('method_config.num_injection_layers','12','b478f0190ed34c2f9cdcca204535c7f7');
INSERT INTO "params" VALUES('method_config.injection_end_offset','2','b478f0190ed34c2f9cdcca204535c7f7');
INSERT INTO "params" VALUES('method_config.injection_layers','None','b478f0190ed34c2f9cdcca204535c7f7');
INSERT INTO "params" VALUES('config.method','epalm','d55d7926cb6446ff8bd66ecce117077f');
INSERT INTO "params" VALUES('config.task','easy-vqa','d55d7926cb6446ff8bd66ecce117077f');
INSERT INTO "params" VALUES('config.lm','smollm2-135m','d55d7926cb6446ff8bd66ecce117077f');
INSERT INTO "params" VALUES('config.encoder','efficientnet-lite0','d55d7926cb6446ff8bd66ecce117077f');
INSERT INTO "params" VALUES('config.seed','1','d55d7926cb6446ff8bd66ecce117077f');
INSERT INTO "params" VALUES('config.output_dir','runs/reference-ablation-epalm-1cls','d55d7926cb6446ff8bd66ecce117077f');
INSERT INTO "params" VALUES('config.run_name','epalm_easy-vqa_smollm2-135m_efficientnet-lite0_f0.1_s1','d55d7926cb6446ff8bd66ecce117077f');
INSERT INTO "params" VALUES('config.cache_dir','None','d55d7926cb6446ff8bd66ecce117077f');
INSERT INTO "params" VALUES('config.tracking_uri','sqlite:////work/main/runs/reference-ablation-epalm-1cls/mlflow.db','d55d7926cb6446ff8bd66ecce117077f');
INSERT INTO "params" VALUES('config.experiment','reference-ablations','d55d7926cb6446ff8bd66ecce117077f');
INSERT INTO "params" VALUES('config.recipe','shared','d55d7926cb6446ff8bd66ecce117077f');
INSERT INTO "params" VALUES('config.method_options.num_layer_tokens','1','d55d7926cb6446ff8bd66ecce117077f');
INSERT INTO "params" VALUES('config.train.steps','100','d55d7926cb6446ff8bd66ecce117077f');
INSERT INTO "params" VALUES('config.train.batch_size','16','d55d7926cb6446ff8bd66ecce117077f');
INSERT INTO "params" VALUES('config.train.grad_accum','1','d55d7926cb6446ff8bd66ecce117077f');
INSERT INTO "params" VALUES('config.train.lr','0.001','d55d7926cb6446ff8bd66ecce117077f');
INSERT INTO "params" VALUES('config.train.min_lr','1e-05','d55d7926cb6446ff8bd66ecce117077f');
INSERT INTO "params" VALUES('config.train.weight_decay','0.02','d55d7926cb6446ff8bd66ecce117077f');
INSERT INTO "params" VALUES('config.train.warmup_steps','10','d55d7926cb6446ff8bd66ecce117077f');
INSERT INTO "params" VALUES('config.train.grad_clip','1.0','d55d7926cb6446ff8bd66ecce117077f');
INSERT INTO "params" VALUES('config.train.precision','bf16','d55d7926cb6446ff8bd66ecce117077f');
INSERT INTO "params" VALUES('config.train.eval_every','0','d55d7926cb6446ff8bd66ecce117077f');
INSERT INTO "params" VALUES('config.train.log_every','10','d55d7926cb6446ff8bd66ecce117077f');
INSERT INTO "params" VALUES('config.train.checkpoint_every','50','d55d7926cb6446ff8bd66ecce117077f');
INSERT INTO "params" VALUES('config.train.loss_reduction','token_mean','d55d7926cb6446ff8bd66ecce117077f');
INSERT INTO "params" VALUES('config.train.loss_weight','1.0','d55d7926cb6446ff8bd66ecce117077f');
INSERT INTO "params" VALUES('config.train.betas','[0.9, 0.999]','d55d7926cb6446ff8bd66ecce117077f');
INSERT INTO "params" VALUES('config.train.eps','1e-08','d55d7926cb6446ff8bd66ecce117077f');
INSERT INTO "params" VALUES('config.train.schedule','cosine','d55d7926cb6446ff8bd66ecce117077f');
INSERT INTO "params" VALUES('config.train.param_groups','[]','d55d7926cb6446ff8bd66ecce117077f');
INSERT INTO "params" VALUES('config.train.loss_tokens','answer','d55d7926cb6446ff8bd66ecce117077f');
INSERT INTO "params" VALUES('config.train.label_smoothing','0.0','d55d7926cb6446ff8bd66ecce117077f');
INSERT INTO "params" VALUES('config.train.lm_dropout','False','d55d7926cb6446ff8bd66ecce117077f');
INSERT INTO "params" VALUES('config.eval.batch_size','64','d55d7926cb6446ff8bd66ecce117077f');
INSERT INTO "params" VALUES('config.eval.max_new_tokens','5','d55d7926cb6446ff8bd66ecce117077f');
INSERT INTO "params" VALUES('config.eval.num_beams','1','d55d7926cb6446ff8bd66ecce117077f');
INSERT INTO "params" VALUES('config.eval.length_penalty','1.0','d55d7926cb6446ff8bd66ecce117077f');
INSERT INTO "params" VALUES('config.eval.max_examples','500','d55d7926cb6446ff8bd66ecce117077f');
INSERT INTO "params" VALUES('config.eval.val_max_examples','200','d55d7926cb6446ff8bd66ecce117077f');
INSERT INTO "params" VALUES('config.data.fraction','0.1','d55d7926cb6446ff8bd66ecce117077f');
INSERT INTO "params" VALUES('config.data.data_dir','None','d55d7926cb6446ff8bd66ecce117077f');
INSERT INTO "params" VALUES('config.data.val_images','0.1','d55d7926cb6446ff8bd66ecce117077f');
INSERT INTO "params" VALUES('config.data.eval_split','None','d55d7926cb6446ff8bd66ecce117077f');
INSERT INTO "params" VALUES('config.data.missing_media','error','d55d7926cb6446ff8bd66ecce117077f');
INSERT INTO "params" VALUES('config.data.variant','None','d55d7926cb6446ff8bd66ecce117077f');
INSERT INTO "params" VALUES('config.data.augment_views','0','d55d7926cb6446ff8bd66ecce117077f');
INSERT INTO "params" VALUES('config.data.augmentations','[]','d55d7926cb6446ff8bd66ecce117077f');
INSERT INTO "params" VALUES('config.data.feature_norm','auto','d55d7926cb6446ff8bd66ecce117077f');
INSERT INTO "params" VALUES('method_config.num_layer_tokens','1','d55d7926cb6446ff8bd66ecce117077f');
INSERT INTO "params" VALUES('method_config.shared_connector','False','d55d7926cb6446ff8bd66ecce117077f');
INSERT INTO "params" VALUES('method_config.prompt_length','10','d55d7926cb6446ff8bd66ecce117077f');
INSERT INTO "params" VALUES('method_config.prompt_mlp','True','d55d7926cb6446ff8bd66ecce117077f');
INSERT INTO "params" VALUES('method_config.num_injection_layers','12','d55d7926cb6446ff8bd66ecce117077f');
INSERT INTO "params" VALUES('method_config.injection_end_offset','2','d55d7926cb6446ff8bd66ecce117077f');
INSERT INTO "params" VALUES('method_config.injection_layers','None','d55d7926cb6446ff8bd66ecce117077f');
INSERT INTO "params" VALUES('config.method','epalm','fc0674f8a9ce4a4d8ffc19cb9a39d868');
INSERT INTO "params" VALUES('config.task','easy-vqa','fc0674f8a9ce4a4d8ffc19cb9a39d868');
INSERT INTO "params" VALUES('config.lm','smollm2-135m','fc0674f8a9ce4a4d8ffc19cb9a39d868');
INSERT INTO "params" VALUES('config.encoder','efficientnet-lite0','fc0674f8a9ce4a4d8ffc19cb9a39d868');
INSERT INTO "params" VALUES('config.seed','2','fc0674f8a9ce4a4d8ffc19cb9a39d868');
INSERT INTO "params" VALUES('config.output_dir','runs/reference-ablation-epalm-1cls','fc0674f8a9ce4a4d8ffc19cb9a39d868');
INSERT INTO "params" VALUES('config.run_name','epalm_easy-vqa_smollm2-135m_efficientnet-lite0_f0.1_s2','fc0674f8a9ce4a4d8ffc19cb9a39d868');
INSERT INTO "params" VALUES('config.cache_dir','None','fc0674f8a9ce4a4d8ffc19cb9a39d868');
INSERT INTO "params" VALUES('config.tracking_uri','sqlite:////work/main/runs/reference-ablation-epalm-1cls/mlflow.db','fc0674f8a9ce4a4d8ffc19cb9a39d868');
INSERT INTO "params" VALUES('config.experiment','reference-ablations','fc0674f8a9ce4a4d8ffc19cb9a39d868');
INSERT INTO "params" VALUES('config.recipe','shared','fc0674f8a9ce4a4d8ffc19cb9a39d868');
INSERT INTO "params" VALUES('config.method_options.num_layer_tokens','1','fc0674f8a9ce4a4d8ffc19cb9a39d868');
INSERT INTO "params" VALUES('config.train.steps','100','fc0674f8a9ce4a4d8ffc19cb9a39d868');
INSERT INTO "params" VALUES('config.train.batch_size','16','fc0674f8a9ce4a4d8ffc19cb9a39d868');
INSERT INTO "params" VALUES('config.train.grad_accum','1','fc0674f8a9ce4a4d8ffc19cb9a39d868');
INSERT INTO "params" VALUES('config.train.lr','0.001','fc0674f8a9ce4a4d8ffc19cb9a39d868');
INSERT INTO "params" VALUES('config.train.min_lr','1e-05','fc0674f8a9ce4a4d8ffc19cb9a39d868');
INSERT INTO "params" VALUES('config.train.weight_decay','0.02','fc0674f8a9ce4a4d8ffc19cb9a39d868');
INSERT INTO "params" VALUES('config.train.warmup_steps','10','fc0674f8a9ce4a4d8ffc19cb9a39d868');
INSERT INTO "params" VALUES('config.train.grad_clip','1.0','fc0674f8a9ce4a4d8ffc19cb9a39d868');
INSERT INTO "params" VALUES('config.train.precision','bf16','fc0674f8a9ce4a4d8ffc19cb9a39d868');
INSERT INTO "params" VALUES('config.train.eval_every','0','fc0674f8a9ce4a4d8ffc19cb9a39d868');
INSERT INTO "params" VALUES('config.train.log_every','10','fc0674f8a9ce4a4d8ffc19cb9a39d868');
INSERT INTO "params" VALUES('config.train.checkpoint_every','50','fc0674f8a9ce4a4d8ffc19cb9a39d868');
INSERT INTO "params" VALUES('config.train.loss_reduction','token_mean','fc0674f8a9ce4a4d8ffc19cb9a39d868');
INSERT INTO "params" VALUES('config.train.loss_weight','1.0','fc0674f8a9ce4a4d8ffc19cb9a39d868');
INSERT INTO "params" VALUES('config.train.betas','[0.9, 0.999]','fc0674f8a9ce4a4d8ffc19cb9a39d868');
INSERT INTO "params" VALUES('config.train.eps','1e-08','fc0674f8a9ce4a4d8ffc19cb9a39d868');
INSERT INTO "params" VALUES('config.train.schedule','cosine','fc0674f8a9ce4a4d8ffc19cb9a39d868');
INSERT INTO "params" VALUES('config.train.param_groups','[]','fc0674f8a9ce4a4d8ffc19cb9a39d868');
INSERT INTO "params" VALUES('config.train.loss_tokens','answer','fc0674f8a9ce4a4d8ffc19cb9a39d868');
INSERT INTO "params" VALUES('config.train.label_smoothing','0.0','fc0674f8a9ce4a4d8ffc19cb9a39d868');
INSERT INTO "params" VALUES('config.train.lm_dropout','False','fc0674f8a9ce4a4d8ffc19cb9a39d868');
INSERT INTO "params" VALUES('config.eval.batch_size','64','fc0674f8a9ce4a4d8ffc19cb9a39d868');
INSERT INTO "params" VALUES('config.eval.max_new_tokens','5','fc0674f8a9ce4a4d8ffc19cb9a39d868');
INSERT INTO "params" VALUES('config.eval.num_beams','1','fc0674f8a9ce4a4d8ffc19cb9a39d868');
INSERT INTO "params" VALUES('config.eval.length_penalty','1.0','fc0674f8a9ce4a4d8ffc19cb9a39d868');
INSERT INTO "params" VALUES('config.eval.max_examples','500','fc0674f8a9ce4a4d8ffc19cb9a39d868');
INSERT INTO "params" VALUES('config.eval.val_max_examples','200','fc0674f8a9ce4a4d8ffc19cb9a39d868');
INSERT INTO "params" VALUES('config.data.fraction','0.1','fc0674f8a9ce4a4d8ffc19cb9a39d868');
INSERT INTO "params" VALUES('config.data.data_dir','None','fc0674f8a9ce4a4d8ffc19cb9a39d868');
INSERT INTO "params" VALUES('config.data.val_images','0.1','fc0674f8a9ce4a4d8ffc19cb9a39d868');
INSERT INTO "params" VALUES('config.data.eval_split','None','fc0674f8a9ce4a4d8ffc19cb9a39d868');
INSERT INTO "params" VALUES('config.data.missing_media','error','fc0674f8a9ce4a4d8ffc19cb9a39d868');
INSERT INTO "params" VALUES('config.data.variant','None','fc0674f8a9ce4a4d8ffc19cb9a39d868');
INSERT INTO "params" VALUES('config.data.augment_views','0','fc0674f8a9ce4a4d8ffc19cb9a39d868');
INSERT INTO "params" VALUES('config.data.augmentations','[]','fc0674f8a9ce4a4d8ffc19cb9a39d868');
INSERT INTO "params" VALUES('config.data.feature_norm','auto','fc0674f8a9ce4a4d8ffc19cb9a39d868');
INSERT INTO "params" VALUES('method_config.num_layer_tokens','1','fc0674f8a9ce4a4d8ffc19cb9a39d868');
INSERT INTO "params" VALUES('method_config.shared_connector','False','fc0674f8a9ce4a4d8ffc19cb9a39d868');
INSERT INTO "params" VALUES('method_config.prompt_length','10','fc0674f8a9ce4a4d8ffc19cb9a39d868');
INSERT INTO "params" VALUES('method_config.prompt_mlp','True','fc0674f8a9ce4a4d8ffc19cb9a39d868');
INSERT INTO "params" VALUES('method_config.num_injection_layers','12','fc0674f8a9ce4a4d8ffc19cb9a39d868');
INSERT INTO "params" VALUES('method_config.injection_end_offset','2','fc0674f8a9ce4a4d8ffc19cb9a39d868');
INSERT INTO "params" VALUES('method_config.injection_layers','None','fc0674f8a9ce4a4d8ffc19cb9a39d868');
CREATE TABLE "registered_model_aliases" (
	alias VARCHAR(256) NOT NULL, 
	version INTEGER NOT NULL, 
	name VARCHAR(256) NOT NULL, 
	workspace VARCHAR(63) DEFAULT 'default' NOT NULL, 
	CONSTRAINT registered_model_alias_pk PRIMARY KEY (workspace, name, alias), 
	CONSTRAINT fk_registered_model_aliases_registered_models FOREIGN KEY(workspace, name) REFERENCES registered_models (workspace, name) ON DELETE CASCADE ON UPDATE CASCADE
);
CREATE TABLE "registered_model_tags" (
	"key" VARCHAR(250) NOT NULL, 
	value VARCHAR(5000), 
	name VARCHAR(256) NOT NULL, 
	workspace VARCHAR(63) DEFAULT 'default' NOT NULL, 
	CONSTRAINT registered_model_tag_pk PRIMARY KEY (workspace, "key", name), 
	CONSTRAINT fk_registered_model_tags_registered_models FOREIGN KEY(workspace, name) REFERENCES registered_models (workspace, name) ON UPDATE CASCADE
);
CREATE TABLE "registered_models" (
	name VARCHAR(256) NOT NULL, 
	creation_time BIGINT, 
	last_updated_time BIGINT, 
	description VARCHAR(5000), 
	workspace VARCHAR(63) DEFAULT 'default' NOT NULL, 
	CONSTRAINT registered_model_pk PRIMARY KEY (workspace, name)
);
CREATE TABLE review_queue_items (
	queue_id VARCHAR(36) NOT NULL, 
	item_type VARCHAR(16) NOT NULL, 
	item_id VARCHAR(50) NOT NULL, 
	status VARCHAR(16) NOT NULL, 
	completed_by VARCHAR(250), 
	completed_time_ms BIGINT, 
	creation_time_ms BIGINT NOT NULL, 
	last_update_time_ms BIGINT NOT NULL, 
	CONSTRAINT review_queue_items_pk PRIMARY KEY (queue_id, item_id), 
	CONSTRAINT fk_review_queue_items_queue_id FOREIGN KEY(queue_id) REFERENCES review_queues (queue_id) ON DELETE CASCADE
);
CREATE TABLE review_queue_label_schemas (
	queue_id VARCHAR(36) NOT NULL, 
	schema_id VARCHAR(36) NOT NULL, 
	CONSTRAINT review_queue_label_schemas_pk PRIMARY KEY (queue_id, schema_id), 
	CONSTRAINT fk_review_queue_label_schemas_queue_id FOREIGN KEY(queue_id) REFERENCES review_queues (queue_id) ON DELETE CASCADE
);
CREATE TABLE review_queue_users (
	queue_id VARCHAR(36) NOT NULL, 
	user_id VARCHAR(250) NOT NULL, 
	CONSTRAINT review_queue_users_pk PRIMARY KEY (queue_id, user_id), 
	CONSTRAINT fk_review_queue_users_queue_id FOREIGN KEY(queue_id) REFERENCES review_queues (queue_id) ON DELETE CASCADE
);
CREATE TABLE review_queues (
	queue_id VARCHAR(36) NOT NULL, 
	experiment_id INTEGER NOT NULL, 
	name VARCHAR(250) NOT NULL, 
	queue_type VARCHAR(16) NOT NULL, 
	created_by VARCHAR(255), 
	creation_time_ms BIGINT NOT NULL, 
	last_update_time_ms BIGINT NOT NULL, 
	name_key VARCHAR(250) NOT NULL, 
	CONSTRAINT review_queues_pk PRIMARY KEY (queue_id), 
	CONSTRAINT fk_review_queues_experiment_id FOREIGN KEY(experiment_id) REFERENCES experiments (experiment_id) ON DELETE CASCADE, 
	CONSTRAINT uq_review_queues_experiment_name_key UNIQUE (experiment_id, name_key)
);
CREATE TABLE "runs" (
	run_uuid VARCHAR(32) NOT NULL, 
	name VARCHAR(250), 
	source_type VARCHAR(20), 
	source_name VARCHAR(500), 
	entry_point_name VARCHAR(50), 
	user_id VARCHAR(256), 
	status VARCHAR(9), 
	start_time BIGINT, 
	end_time BIGINT, 
	source_version VARCHAR(50), 
	lifecycle_stage VARCHAR(20), 
	artifact_uri VARCHAR(200), 
	experiment_id INTEGER, deleted_time BIGINT, 
	CONSTRAINT run_pk PRIMARY KEY (run_uuid), 
	CONSTRAINT source_type CHECK (source_type IN ('NOTEBOOK', 'JOB', 'LOCAL', 'UNKNOWN', 'PROJECT')), 
	CONSTRAINT runs_lifecycle_stage CHECK (lifecycle_stage IN ('active', 'deleted')), 
	FOREIGN KEY(experiment_id) REFERENCES experiments (experiment_id), 
	CHECK (status IN ('SCHEDULED', 'FAILED', 'FINISHED', 'RUNNING', 'KILLED'))
);
INSERT INTO "runs" VALUES('52c427ae572c4b34a1316694ea07a5ab','reference-ablation-epalm-1cls','UNKNOWN','','','unknown','FINISHED',1796244049082,1796244564848,'','active','file:///work/main/runs/reference-ablation-epalm-1cls/mlartifacts/52c427ae572c4b34a1316694ea07a5ab/artifacts',1,NULL);
INSERT INTO "runs" VALUES('b478f0190ed34c2f9cdcca204535c7f7','epalm_easy-vqa_smollm2-135m_efficientnet-lite0_f0.1_s0','UNKNOWN','','','unknown','FINISHED',1796244050743,1796244181121,'','active','file:///work/main/runs/reference-ablation-epalm-1cls/mlartifacts/b478f0190ed34c2f9cdcca204535c7f7/artifacts',1,NULL);
INSERT INTO "runs" VALUES('d55d7926cb6446ff8bd66ecce117077f','epalm_easy-vqa_smollm2-135m_efficientnet-lite0_f0.1_s1','UNKNOWN','','','unknown','FINISHED',1796244224985,1796244349640,'','active','file:///work/main/runs/reference-ablation-epalm-1cls/mlartifacts/d55d7926cb6446ff8bd66ecce117077f/artifacts',1,NULL);
INSERT INTO "runs" VALUES('fc0674f8a9ce4a4d8ffc19cb9a39d868','epalm_easy-vqa_smollm2-135m_efficientnet-lite0_f0.1_s2','UNKNOWN','','','unknown','FINISHED',1796244397179,1796244523385,'','active','file:///work/main/runs/reference-ablation-epalm-1cls/mlartifacts/fc0674f8a9ce4a4d8ffc19cb9a39d868/artifacts',1,NULL);
CREATE TABLE scheduler_leases (
	lease_key VARCHAR(255) NOT NULL, 
	acquired_at BIGINT NOT NULL, 
	ttl_seconds INTEGER NOT NULL, 
	CONSTRAINT scheduler_leases_pk PRIMARY KEY (lease_key)
);
CREATE TABLE scorer_versions (
	scorer_id VARCHAR(36) NOT NULL, 
	scorer_version INTEGER NOT NULL, 
	serialized_scorer TEXT NOT NULL, 
	creation_time BIGINT, 
	CONSTRAINT scorer_version_pk PRIMARY KEY (scorer_id, scorer_version), 
	CONSTRAINT fk_scorer_versions_scorer_id FOREIGN KEY(scorer_id) REFERENCES scorers (scorer_id) ON DELETE CASCADE
);
CREATE TABLE scorers (
	experiment_id INTEGER NOT NULL, 
	scorer_name VARCHAR(256) NOT NULL, 
	scorer_id VARCHAR(36) NOT NULL, 
	CONSTRAINT scorer_pk PRIMARY KEY (scorer_id), 
	CONSTRAINT fk_scorers_experiment_id FOREIGN KEY(experiment_id) REFERENCES experiments (experiment_id) ON DELETE CASCADE
);
CREATE TABLE "secrets" (
	secret_id VARCHAR(36) NOT NULL, 
	secret_name VARCHAR(255) NOT NULL, 
	encrypted_value BLOB NOT NULL, 
	wrapped_dek BLOB NOT NULL, 
	kek_version INTEGER NOT NULL, 
	masked_value VARCHAR(500) NOT NULL, 
	provider VARCHAR(64), 
	auth_config TEXT, 
	description TEXT, 
	created_by VARCHAR(255), 
	created_at BIGINT NOT NULL, 
	last_updated_by VARCHAR(255), 
	last_updated_at BIGINT NOT NULL, 
	workspace VARCHAR(63) DEFAULT 'default' NOT NULL, 
	CONSTRAINT secrets_pk PRIMARY KEY (secret_id), 
	CONSTRAINT uq_secrets_workspace_secret_name UNIQUE (workspace, secret_name)
);
CREATE TABLE span_metrics (
	trace_id VARCHAR(50) NOT NULL, 
	span_id VARCHAR(50) NOT NULL, 
	"key" VARCHAR(250) NOT NULL, 
	value FLOAT, 
	CONSTRAINT span_metrics_pk PRIMARY KEY (trace_id, span_id, "key"), 
	CONSTRAINT fk_span_metrics_span FOREIGN KEY(trace_id, span_id) REFERENCES spans (trace_id, span_id) ON DELETE CASCADE
);
CREATE TABLE "spans" (
	trace_id VARCHAR(50) NOT NULL, 
	experiment_id INTEGER NOT NULL, 
	span_id VARCHAR(50) NOT NULL, 
	parent_span_id VARCHAR(50), 
	name TEXT, 
	type VARCHAR(500), 
	status VARCHAR(50) NOT NULL, 
	start_time_unix_nano BIGINT NOT NULL, 
	end_time_unix_nano BIGINT, 
	duration_ns BIGINT GENERATED ALWAYS AS (end_time_unix_nano - start_time_unix_nano) STORED, 
	content TEXT NOT NULL, 
	input_cost FLOAT, 
	output_cost FLOAT, 
	total_cost FLOAT, 
	model_name VARCHAR(500), 
	model_provider VARCHAR(500), 
	CONSTRAINT spans_pk PRIMARY KEY (trace_id, span_id), 
	CONSTRAINT fk_spans_experiment_id FOREIGN KEY(experiment_id) REFERENCES experiments (experiment_id), 
	CONSTRAINT fk_spans_trace_id FOREIGN KEY(trace_id) REFERENCES trace_info (request_id) ON DELETE CASCADE
);
CREATE TABLE sql_assessment_daily_rollups (
	id INTEGER NOT NULL, 
	experiment_id INTEGER NOT NULL, 
	rollup_day DATE NOT NULL, 
	metric_name VARCHAR(250) NOT NULL, 
	grouping_set VARCHAR(50) NOT NULL, 
	sample_count BIGINT NOT NULL, 
	sum_value FLOAT, 
	min_value FLOAT, 
	max_value FLOAT, 
	CONSTRAINT sql_assessment_daily_rollups_pk PRIMARY KEY (id)
);
CREATE TABLE sql_span_cost_daily_rollups (
	id INTEGER NOT NULL, 
	experiment_id INTEGER NOT NULL, 
	rollup_day DATE NOT NULL, 
	metric_name VARCHAR(250) NOT NULL, 
	grouping_set VARCHAR(50) NOT NULL, 
	model_name VARCHAR(500), 
	model_provider VARCHAR(500), 
	sample_count BIGINT NOT NULL, 
	sum_value FLOAT, 
	min_value FLOAT, 
	max_value FLOAT, 
	CONSTRAINT sql_span_cost_daily_rollups_pk PRIMARY KEY (id)
);
CREATE TABLE sql_trace_metric_daily_rollups (
	id INTEGER NOT NULL, 
	experiment_id INTEGER NOT NULL, 
	rollup_day DATE NOT NULL, 
	metric_name VARCHAR(250) NOT NULL, 
	grouping_set VARCHAR(50) NOT NULL, 
	trace_status VARCHAR(50), 
	sample_count BIGINT NOT NULL, 
	sum_value FLOAT, 
	min_value FLOAT, 
	max_value FLOAT, 
	p50_value FLOAT, 
	p90_value FLOAT, 
	p99_value FLOAT, 
	CONSTRAINT sql_trace_metric_daily_rollups_pk PRIMARY KEY (id)
);
CREATE TABLE sql_trace_rollup_rebuild_queue (
	experiment_id INTEGER NOT NULL, 
	rollup_day DATE NOT NULL, 
	rollup_family VARCHAR(50) NOT NULL, 
	CONSTRAINT sql_trace_rollup_rebuild_queue_pk PRIMARY KEY (experiment_id, rollup_day, rollup_family)
);
CREATE TABLE "tags" (
	"key" VARCHAR(250) NOT NULL, 
	value VARCHAR(8000), 
	run_uuid VARCHAR(32) NOT NULL, 
	CONSTRAINT tag_pk PRIMARY KEY ("key", run_uuid), 
	FOREIGN KEY(run_uuid) REFERENCES runs (run_uuid)
);
INSERT INTO "tags" VALUES('mlflow.runName','reference-ablation-epalm-1cls','52c427ae572c4b34a1316694ea07a5ab');
INSERT INTO "tags" VALUES('git.commit','352c892bdce9c277d2372c75048e500ed6195cdb','52c427ae572c4b34a1316694ea07a5ab');
INSERT INTO "tags" VALUES('git.dirty','True','52c427ae572c4b34a1316694ea07a5ab');
INSERT INTO "tags" VALUES('hostname','vm','52c427ae572c4b34a1316694ea07a5ab');
INSERT INTO "tags" VALUES('mlflow.source.git.commit','352c892bdce9c277d2372c75048e500ed6195cdb','52c427ae572c4b34a1316694ea07a5ab');
INSERT INTO "tags" VALUES('version.torch','2.14.1','52c427ae572c4b34a1316694ea07a5ab');
INSERT INTO "tags" VALUES('version.transformers','5.24.0','52c427ae572c4b34a1316694ea07a5ab');
INSERT INTO "tags" VALUES('version.timm','1.0.31','52c427ae572c4b34a1316694ea07a5ab');
INSERT INTO "tags" VALUES('version.accelerate','1.15.0','52c427ae572c4b34a1316694ea07a5ab');
INSERT INTO "tags" VALUES('version.mlflow','3.17.2','52c427ae572c4b34a1316694ea07a5ab');
INSERT INTO "tags" VALUES('version.safetensors','0.8.0','52c427ae572c4b34a1316694ea07a5ab');
INSERT INTO "tags" VALUES('version.numpy','2.4.6','52c427ae572c4b34a1316694ea07a5ab');
INSERT INTO "tags" VALUES('version.python','3.11.7','52c427ae572c4b34a1316694ea07a5ab');
INSERT INTO "tags" VALUES('hardware.gpus','none','52c427ae572c4b34a1316694ea07a5ab');
INSERT INTO "tags" VALUES('hardware.torch_threads','1','52c427ae572c4b34a1316694ea07a5ab');
INSERT INTO "tags" VALUES('sweep','reference-ablation-epalm-1cls','52c427ae572c4b34a1316694ea07a5ab');
INSERT INTO "tags" VALUES('sweep.role','parent','52c427ae572c4b34a1316694ea07a5ab');
INSERT INTO "tags" VALUES('sweep.storage','sqlite:////work/main/runs/reference-ablation-epalm-1cls/sweep.db','52c427ae572c4b34a1316694ea07a5ab');
INSERT INTO "tags" VALUES('mlflow.runName','epalm_easy-vqa_smollm2-135m_efficientnet-lite0_f0.1_s0','b478f0190ed34c2f9cdcca204535c7f7');
INSERT INTO "tags" VALUES('git.commit','352c892bdce9c277d2372c75048e500ed6195cdb','b478f0190ed34c2f9cdcca204535c7f7');
INSERT INTO "tags" VALUES('git.dirty','True','b478f0190ed34c2f9cdcca204535c7f7');
INSERT INTO "tags" VALUES('hostname','vm','b478f0190ed34c2f9cdcca204535c7f7');
INSERT INTO "tags" VALUES('mlflow.source.git.commit','352c892bdce9c277d2372c75048e500ed6195cdb','b478f0190ed34c2f9cdcca204535c7f7');
INSERT INTO "tags" VALUES('version.torch','2.14.1','b478f0190ed34c2f9cdcca204535c7f7');
INSERT INTO "tags" VALUES('version.transformers','5.24.0','b478f0190ed34c2f9cdcca204535c7f7');
INSERT INTO "tags" VALUES('version.timm','1.0.31','b478f0190ed34c2f9cdcca204535c7f7');
INSERT INTO "tags" VALUES('version.accelerate','1.15.0','b478f0190ed34c2f9cdcca204535c7f7');
INSERT INTO "tags" VALUES('version.mlflow','3.17.2','b478f0190ed34c2f9cdcca204535c7f7');
INSERT INTO "tags" VALUES('version.safetensors','0.8.0','b478f0190ed34c2f9cdcca204535c7f7');
INSERT INTO "tags" VALUES('version.numpy','2.4.6','b478f0190ed34c2f9cdcca204535c7f7');
INSERT INTO "tags" VALUES('version.python','3.11.7','b478f0190ed34c2f9cdcca204535c7f7');
INSERT INTO "tags" VALUES('hardware.gpus','none','b478f0190ed34c2f9cdcca204535c7f7');
INSERT INTO "tags" VALUES('hardware.torch_threads','1','b478f0190ed34c2f9cdcca204535c7f7');
INSERT INTO "tags" VALUES('method','epalm','b478f0190ed34c2f9cdcca204535c7f7');
INSERT INTO "tags" VALUES('task','easy-vqa','b478f0190ed34c2f9cdcca204535c7f7');
INSERT INTO "tags" VALUES('lm','smollm2-135m','b478f0190ed34c2f9cdcca204535c7f7');
INSERT INTO "tags" VALUES('encoder','efficientnet-lite0','b478f0190ed34c2f9cdcca204535c7f7');
INSERT INTO "tags" VALUES('metric','vqa_accuracy','b478f0190ed34c2f9cdcca204535c7f7');
INSERT INTO "tags" VALUES('data_fraction','0.1','b478f0190ed34c2f9cdcca204535c7f7');
INSERT INTO "tags" VALUES('seed','0','b478f0190ed34c2f9cdcca204535c7f7');
INSERT INTO "tags" VALUES('sweep','reference-ablation-epalm-1cls','b478f0190ed34c2f9cdcca204535c7f7');
INSERT INTO "tags" VALUES('sweep.cell','epalm_easy-vqa_smollm2-135m_efficientnet-lite0_f0.1_s0','b478f0190ed34c2f9cdcca204535c7f7');
INSERT INTO "tags" VALUES('encoder_regime','frozen','b478f0190ed34c2f9cdcca204535c7f7');
INSERT INTO "tags" VALUES('mlflow.parentRunId','52c427ae572c4b34a1316694ea07a5ab','b478f0190ed34c2f9cdcca204535c7f7');
INSERT INTO "tags" VALUES('mlflow.runName','epalm_easy-vqa_smollm2-135m_efficientnet-lite0_f0.1_s1','d55d7926cb6446ff8bd66ecce117077f');
INSERT INTO "tags" VALUES('git.commit','352c892bdce9c277d2372c75048e500ed6195cdb','d55d7926cb6446ff8bd66ecce117077f');
INSERT INTO "tags" VALUES('git.dirty','True','d55d7926cb6446ff8bd66ecce117077f');
INSERT INTO "tags" VALUES('hostname','vm','d55d7926cb6446ff8bd66ecce117077f');
INSERT INTO "tags" VALUES('mlflow.source.git.commit','352c892bdce9c277d2372c75048e500ed6195cdb','d55d7926cb6446ff8bd66ecce117077f');
INSERT INTO "tags" VALUES('version.torch','2.14.1','d55d7926cb6446ff8bd66ecce117077f');
INSERT INTO "tags" VALUES('version.transformers','5.24.0','d55d7926cb6446ff8bd66ecce117077f');
INSERT INTO "tags" VALUES('version.timm','1.0.31','d55d7926cb6446ff8bd66ecce117077f');
INSERT INTO "tags" VALUES('version.accelerate','1.15.0','d55d7926cb6446ff8bd66ecce117077f');
INSERT INTO "tags" VALUES('version.mlflow','3.17.2','d55d7926cb6446ff8bd66ecce117077f');
INSERT INTO "tags" VALUES('version.safetensors','0.8.0','d55d7926cb6446ff8bd66ecce117077f');
INSERT INTO "tags" VALUES('version.numpy','2.4.6','d55d7926cb6446ff8bd66ecce117077f');
INSERT INTO "tags" VALUES('version.python','3.11.7','d55d7926cb6446ff8bd66ecce117077f');
INSERT INTO "tags" VALUES('hardware.gpus','none','d55d7926cb6446ff8bd66ecce117077f');
INSERT INTO "tags" VALUES('hardware.torch_threads','1','d55d7926cb6446ff8bd66ecce117077f');
INSERT INTO "tags" VALUES('method','epalm','d55d7926cb6446ff8bd66ecce117077f');
INSERT INTO "tags" VALUES('task','easy-vqa','d55d7926cb6446ff8bd66ecce117077f');
INSERT INTO "tags" VALUES('lm','smollm2-135m','d55d7926cb6446ff8bd66ecce117077f');
INSERT INTO "tags" VALUES('encoder','efficientnet-lite0','d55d7926cb6446ff8bd66ecce117077f');
INSERT INTO "tags" VALUES('metric','vqa_accuracy','d55d7926cb6446ff8bd66ecce117077f');
INSERT INTO "tags" VALUES('data_fraction','0.1','d55d7926cb6446ff8bd66ecce117077f');
INSERT INTO "tags" VALUES('seed','1','d55d7926cb6446ff8bd66ecce117077f');
INSERT INTO "tags" VALUES('sweep','reference-ablation-epalm-1cls','d55d7926cb6446ff8bd66ecce117077f');
INSERT INTO "tags" VALUES('sweep.cell','epalm_easy-vqa_smollm2-135m_efficientnet-lite0_f0.1_s1','d55d7926cb6446ff8bd66ecce117077f');
INSERT INTO "tags" VALUES('encoder_regime','frozen','d55d7926cb6446ff8bd66ecce117077f');
INSERT INTO "tags" VALUES('mlflow.parentRunId','52c427ae572c4b34a1316694ea07a5ab','d55d7926cb6446ff8bd66ecce117077f');
INSERT INTO "tags" VALUES('mlflow.runName','epalm_easy-vqa_smollm2-135m_efficientnet-lite0_f0.1_s2','fc0674f8a9ce4a4d8ffc19cb9a39d868');
INSERT INTO "tags" VALUES('git.commit','352c892bdce9c277d2372c75048e500ed6195cdb','fc0674f8a9ce4a4d8ffc19cb9a39d868');
INSERT INTO "tags" VALUES('git.dirty','True','fc0674f8a9ce4a4d8ffc19cb9a39d868');
INSERT INTO "tags" VALUES('hostname','vm','fc0674f8a9ce4a4d8ffc19cb9a39d868');
INSERT INTO "tags" VALUES('mlflow.source.git.commit','352c892bdce9c277d2372c75048e500ed6195cdb','fc0674f8a9ce4a4d8ffc19cb9a39d868');
INSERT INTO "tags" VALUES('version.torch','2.14.1','fc0674f8a9ce4a4d8ffc19cb9a39d868');
INSERT INTO "tags" VALUES('version.transformers','5.24.0','fc0674f8a9ce4a4d8ffc19cb9a39d868');
INSERT INTO "tags" VALUES('version.timm','1.0.31','fc0674f8a9ce4a4d8ffc19cb9a39d868');
INSERT INTO "tags" VALUES('version.accelerate','1.15.0','fc0674f8a9ce4a4d8ffc19cb9a39d868');
INSERT INTO "tags" VALUES('version.mlflow','3.17.2','fc0674f8a9ce4a4d8ffc19cb9a39d868');
INSERT INTO "tags" VALUES('version.safetensors','0.8.0','fc0674f8a9ce4a4d8ffc19cb9a39d868');
INSERT INTO "tags" VALUES('version.numpy','2.4.6','fc0674f8a9ce4a4d8ffc19cb9a39d868');
INSERT INTO "tags" VALUES('version.python','3.11.7','fc0674f8a9ce4a4d8ffc19cb9a39d868');
INSERT INTO "tags" VALUES('hardware.gpus','none','fc0674f8a9ce4a4d8ffc19cb9a39d868');
INSERT INTO "tags" VALUES('hardware.torch_threads','1','fc0674f8a9ce4a4d8ffc19cb9a39d868');
INSERT INTO "tags" VALUES('method','epalm','fc0674f8a9ce4a4d8ffc19cb9a39d868');
INSERT INTO "tags" VALUES('task','easy-vqa','fc0674f8a9ce4a4d8ffc19cb9a39d868');
INSERT INTO "tags" VALUES('lm','smollm2-135m','fc0674f8a9ce4a4d8ffc19cb9a39d868');
INSERT INTO "tags" VALUES('encoder','efficientnet-lite0','fc0674f8a9ce4a4d8ffc19cb9a39d868');
INSERT INTO "tags" VALUES('metric','vqa_accuracy','fc0674f8a9ce4a4d8ffc19cb9a39d868');
INSERT INTO "tags" VALUES('data_fraction','0.1','fc0674f8a9ce4a4d8ffc19cb9a39d868');
INSERT INTO "tags" VALUES('seed','2','fc0674f8a9ce4a4d8ffc19cb9a39d868');
INSERT INTO "tags" VALUES('sweep','reference-ablation-epalm-1cls','fc0674f8a9ce4a4d8ffc19cb9a39d868');
INSERT INTO "tags" VALUES('sweep.cell','epalm_easy-vqa_smollm2-135m_efficientnet-lite0_f0.1_s2','fc0674f8a9ce4a4d8ffc19cb9a39d868');
INSERT INTO "tags" VALUES('encoder_regime','frozen','fc0674f8a9ce4a4d8ffc19cb9a39d868');
INSERT INTO "tags" VALUES('mlflow.parentRunId','52c427ae572c4b34a1316694ea07a5ab','fc0674f8a9ce4a4d8ffc19cb9a39d868');
CREATE TABLE "trace_info" (
	request_id VARCHAR(50) NOT NULL, 
	experiment_id INTEGER NOT NULL, 
	timestamp_ms BIGINT NOT NULL, 
	execution_time_ms BIGINT, 
	status VARCHAR(50) NOT NULL, 
	client_request_id VARCHAR(50), 
	request_preview VARCHAR(1000), 
	response_preview VARCHAR(1000), 
	db_payload_generation INTEGER DEFAULT '0' NOT NULL, trace_name VARCHAR(4096), session_id VARCHAR(250), input_tokens BIGINT, output_tokens BIGINT, total_tokens BIGINT, cache_read_input_tokens BIGINT, cache_creation_input_tokens BIGINT, cache_creation_input_tokens_above_1hr BIGINT, input_cost FLOAT, output_cost FLOAT, total_cost FLOAT, 
	CONSTRAINT trace_info_pk PRIMARY KEY (request_id), 
	CONSTRAINT fk_trace_info_experiment_id FOREIGN KEY(experiment_id) REFERENCES experiments (experiment_id) ON DELETE CASCADE
);
CREATE TABLE trace_metrics (
	request_id VARCHAR(50) NOT NULL, 
	"key" VARCHAR(250) NOT NULL, 
	value FLOAT, 
	CONSTRAINT trace_metrics_pk PRIMARY KEY (request_id, "key"), 
	CONSTRAINT fk_trace_metrics_request_id FOREIGN KEY(request_id) REFERENCES trace_info (request_id) ON DELETE CASCADE
);
CREATE TABLE "trace_request_metadata" (
	"key" VARCHAR(250) NOT NULL, 
	value VARCHAR(8000), 
	request_id VARCHAR(50) NOT NULL, 
	CONSTRAINT trace_request_metadata_pk PRIMARY KEY ("key", request_id), 
	CONSTRAINT fk_trace_request_metadata_request_id FOREIGN KEY(request_id) REFERENCES trace_info (request_id) ON DELETE CASCADE
);
CREATE TABLE "trace_tags" (
	"key" VARCHAR(250) NOT NULL, 
	value VARCHAR(8000), 
	request_id VARCHAR(50) NOT NULL, 
	CONSTRAINT trace_tag_pk PRIMARY KEY ("key", request_id), 
	CONSTRAINT fk_trace_tags_request_id FOREIGN KEY(request_id) REFERENCES trace_info (request_id) ON DELETE CASCADE
);
CREATE TABLE webhook_events (
	webhook_id VARCHAR(256) NOT NULL, 
	entity VARCHAR(50) NOT NULL, 
	action VARCHAR(50) NOT NULL, 
	CONSTRAINT webhook_event_pk PRIMARY KEY (webhook_id, entity, action), 
	FOREIGN KEY(webhook_id) REFERENCES webhooks (webhook_id) ON DELETE cascade
);
CREATE TABLE "webhooks" (
	webhook_id VARCHAR(256) NOT NULL, 
	name VARCHAR(256) NOT NULL, 
	description VARCHAR(1000), 
	url VARCHAR(500) NOT NULL, 
	status VARCHAR(20) DEFAULT 'ACTIVE' NOT NULL, 
	secret VARCHAR(1000), 
	creation_timestamp BIGINT, 
	last_updated_timestamp BIGINT, 
	deleted_timestamp BIGINT, 
	workspace VARCHAR(63) DEFAULT 'default' NOT NULL, 
	CONSTRAINT webhook_pk PRIMARY KEY (webhook_id)
);
CREATE TABLE workspaces (
	name VARCHAR(63) NOT NULL, 
	description TEXT, 
	default_artifact_root TEXT, trace_archival_location TEXT, trace_archival_retention VARCHAR(32), 
	CONSTRAINT workspaces_pk PRIMARY KEY (name)
);
INSERT INTO "workspaces" VALUES('default','Default workspace for legacy resources',NULL,NULL,NULL);
CREATE INDEX index_metrics_run_uuid ON metrics (run_uuid);
CREATE INDEX index_latest_metrics_run_uuid ON latest_metrics (run_uuid);
CREATE INDEX index_inputs_destination_type_destination_id_source_type ON inputs (destination_type, destination_id, source_type);
CREATE INDEX index_inputs_input_uuid ON inputs (input_uuid);
CREATE INDEX index_params_run_uuid ON params (run_uuid);
CREATE INDEX index_trace_tags_request_id ON trace_tags (request_id);
CREATE INDEX index_trace_request_metadata_request_id ON trace_request_metadata (request_id);
CREATE INDEX index_tags_run_uuid ON tags (run_uuid);
CREATE INDEX index_datasets_dataset_uuid ON datasets (dataset_uuid);
CREATE INDEX index_datasets_experiment_id_dataset_source_type ON datasets (experiment_id, dataset_source_type);
CREATE INDEX index_logged_model_metrics_model_id ON logged_model_metrics (model_id);
CREATE INDEX index_entity_associations_association_id ON entity_associations (association_id);
CREATE INDEX index_entity_associations_reverse_lookup ON entity_associations (destination_type, destination_id, source_type, source_id);
CREATE INDEX idx_webhook_events_entity ON webhook_events (entity);
CREATE INDEX idx_webhook_events_action ON webhook_events (action);
CREATE INDEX idx_webhook_events_entity_action ON webhook_events (entity, action);
CREATE UNIQUE INDEX index_scorers_experiment_id_scorer_name ON scorers (experiment_id, scorer_name);
CREATE INDEX index_scorer_versions_scorer_id ON scorer_versions (scorer_id);
CREATE INDEX index_evaluation_dataset_tags_dataset_id ON evaluation_dataset_tags (dataset_id);
CREATE INDEX index_evaluation_dataset_records_dataset_id ON evaluation_dataset_records (dataset_id);
CREATE INDEX index_endpoint_model_mappings_endpoint_id ON endpoint_model_mappings (endpoint_id);
CREATE INDEX index_endpoint_model_mappings_model_definition_id ON endpoint_model_mappings (model_definition_id);
CREATE INDEX index_endpoint_tags_endpoint_id ON endpoint_tags (endpoint_id);
CREATE INDEX index_trace_metrics_request_id ON trace_metrics (request_id);
CREATE UNIQUE INDEX unique_endpoint_model_linkage_mapping ON endpoint_model_mappings (endpoint_id, model_definition_id, linkage_type);
CREATE INDEX index_span_metrics_trace_id_span_id ON span_metrics (trace_id, span_id);
CREATE INDEX index_evaluation_datasets_created_time ON evaluation_datasets (created_time);
CREATE INDEX index_evaluation_datasets_name ON evaluation_datasets (name);
CREATE INDEX idx_webhooks_status ON webhooks (status);
CREATE INDEX idx_webhooks_name ON webhooks (name);
CREATE TRIGGER prevent_secrets_aad_mutation
BEFORE UPDATE ON secrets
FOR EACH ROW
WHEN OLD.secret_id != NEW.secret_id OR OLD.secret_name != NEW.secret_name
BEGIN
    SELECT RAISE(ABORT, 'secret_id and secret_name are immutable (used as AAD in encryption)');
END;
CREATE INDEX index_model_definitions_secret_id ON model_definitions (secret_id);
CREATE INDEX index_model_definitions_provider ON model_definitions (provider);
CREATE INDEX index_jobs_name_status_creation_time ON jobs (job_name, workspace, status, creation_time);
CREATE INDEX idx_experiments_workspace ON experiments (workspace);
CREATE INDEX idx_registered_models_workspace ON registered_models (workspace);
CREATE INDEX idx_experiments_workspace_creation_time ON experiments (workspace, creation_time);
CREATE INDEX idx_evaluation_datasets_workspace ON evaluation_datasets (workspace);
CREATE INDEX idx_webhooks_workspace ON webhooks (workspace);
CREATE INDEX idx_secrets_workspace ON secrets (workspace);
CREATE INDEX idx_endpoints_workspace ON endpoints (workspace);
CREATE INDEX idx_model_definitions_workspace ON model_definitions (workspace);
CREATE INDEX idx_budget_policies_workspace ON budget_policies (workspace);
CREATE INDEX index_issues_experiment_id ON issues (experiment_id);
CREATE INDEX index_issues_source_run_id ON issues (source_run_id);
CREATE INDEX index_issues_status ON issues (status);
CREATE INDEX index_metrics_run_uuid_key_step ON metrics (run_uuid, "key", step);
CREATE INDEX idx_guardrails_workspace ON guardrails (workspace);
CREATE INDEX idx_guardrails_scorer ON guardrails (scorer_id, scorer_version);
CREATE INDEX idx_guardrail_configs_endpoint_id ON guardrail_configs (endpoint_id);
CREATE INDEX idx_guardrail_configs_guardrail_id ON guardrail_configs (guardrail_id);
CREATE INDEX idx_model_version_tags_workspace_name_version ON model_version_tags (workspace, name, version);
CREATE INDEX idx_registered_model_tags_workspace_name ON registered_model_tags (workspace, name);
CREATE INDEX index_label_schemas_experiment_id ON label_schemas (experiment_id);
CREATE INDEX index_review_queues_experiment_id ON review_queues (experiment_id);
CREATE INDEX index_review_queue_users_user_id ON review_queue_users (user_id);
CREATE INDEX index_review_queue_items_queue_id_status ON review_queue_items (queue_id, status);
CREATE INDEX index_review_queue_items_item_id ON review_queue_items (item_id);
CREATE INDEX index_review_queue_label_schemas_schema_id ON review_queue_label_schemas (schema_id);
CREATE INDEX idx_mcp_server_versions_latest ON mcp_server_versions (workspace, name, status, version_major DESC, version_minor DESC, version_patch DESC);
CREATE INDEX ix_mcp_access_endpoints_server_name ON mcp_access_endpoints (workspace, server_name);
CREATE INDEX ix_mcp_access_endpoints_version ON mcp_access_endpoints (workspace, server_name, server_version);
CREATE INDEX ix_mcp_access_endpoints_alias ON mcp_access_endpoints (workspace, server_name, server_alias);
CREATE INDEX idx_budget_policies_target_value ON budget_policies (target_value);
CREATE INDEX index_trace_info_experiment_id_timestamp_ms ON trace_info (experiment_id, timestamp_ms);
CREATE INDEX index_trace_info_timestamp_ms_request_id ON trace_info (timestamp_ms, request_id);
CREATE INDEX index_assessments_assessment_type ON assessments (assessment_type);
CREATE INDEX index_assessments_run_id_created_timestamp ON assessments (run_id, created_timestamp);
CREATE INDEX index_assessments_last_updated_timestamp ON assessments (last_updated_timestamp);
CREATE INDEX index_assessments_trace_id_created_timestamp ON assessments (trace_id, created_timestamp);
CREATE INDEX index_spans_experiment_id_duration ON spans (experiment_id, duration_ns);
CREATE INDEX index_spans_experiment_id_start_time ON spans (experiment_id, start_time_unix_nano);
CREATE INDEX index_spans_experiment_id_status_type ON spans (experiment_id, status, type);
CREATE INDEX index_spans_experiment_id_type_status ON spans (experiment_id, type, status);
CREATE INDEX index_trace_info_experiment_id_session_id ON trace_info (experiment_id, session_id);
CREATE INDEX idx_trace_rollups_lookup ON sql_trace_metric_daily_rollups (experiment_id, rollup_day, metric_name, grouping_set, trace_status);
CREATE INDEX idx_span_cost_rollups_lookup ON sql_span_cost_daily_rollups (experiment_id, rollup_day, metric_name, grouping_set, model_name, model_provider);
CREATE INDEX idx_assessment_rollups_lookup ON sql_assessment_daily_rollups (experiment_id, rollup_day, metric_name, grouping_set);
CREATE INDEX idx_spans_cost_trace_time_cover ON spans (trace_id, start_time_unix_nano);
CREATE INDEX idx_spans_cost_exp_time_cover ON spans (experiment_id, start_time_unix_nano);
CREATE INDEX idx_assessments_exp_trace_ts ON assessments (experiment_id, trace_timestamp_ms);
CREATE INDEX idx_assessments_exp_trace_ts_name ON assessments (experiment_id, trace_timestamp_ms, name);
CREATE INDEX idx_assessments_exp_name_valid ON assessments (experiment_id, name, valid);
CREATE INDEX index_job_locks_job_id ON job_locks (job_id);
CREATE INDEX index_jobs_status_lease_expires_at ON jobs (status, lease_expires_at);
COMMIT;
