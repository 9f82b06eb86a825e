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
INSERT INTO "experiments" VALUES(0,'Default','/work/exp2/mlruns/0','active',1796221263872,1796221263872,'default');
INSERT INTO "experiments" VALUES(1,'reference','file:///work/main/runs/reference/mlartifacts','active',1796221263876,1796221263876,'default');
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
INSERT INTO "latest_metrics" VALUES('params/trainable',670464.0,1796221265814,0,0,'91a59e87c43244f4ba1c5658c4136185');
INSERT INTO "latest_metrics" VALUES('params/lm',134515008.0,1796221265814,0,0,'91a59e87c43244f4ba1c5658c4136185');
INSERT INTO "latest_metrics" VALUES('train/loss',4.18271243572235107421e-01,1796221371143,100,0,'91a59e87c43244f4ba1c5658c4136185');
INSERT INTO "latest_metrics" VALUES('train/lr',1.0e-05,1796221371143,100,0,'91a59e87c43244f4ba1c5658c4136185');
INSERT INTO "latest_metrics" VALUES('params/trainable',670464.0,1796221283509,0,0,'f4c3c31a06ef4340b452ca225eea0f26');
INSERT INTO "latest_metrics" VALUES('params/lm',134515008.0,1796221283509,0,0,'f4c3c31a06ef4340b452ca225eea0f26');
INSERT INTO "latest_metrics" VALUES('train/loss',8.59057158231735229492e-02,1796221401275,100,0,'f4c3c31a06ef4340b452ca225eea0f26');
INSERT INTO "latest_metrics" VALUES('train/lr',1.0e-05,1796221401275,100,0,'f4c3c31a06ef4340b452ca225eea0f26');
INSERT INTO "latest_metrics" VALUES('test/vqa_accuracy',62.6,1796221400035,100,0,'91a59e87c43244f4ba1c5658c4136185');
INSERT INTO "latest_metrics" VALUES('test/vqa_accuracy_unrounded',62.6,1796221400035,100,0,'91a59e87c43244f4ba1c5658c4136185');
INSERT INTO "latest_metrics" VALUES('test/vqa_accuracy/yes/no',79.83,1796221400035,100,0,'91a59e87c43244f4ba1c5658c4136185');
INSERT INTO "latest_metrics" VALUES('test/vqa_accuracy_unrounded/yes/no',7.98270893371757921368e+01,1796221400035,100,0,'91a59e87c43244f4ba1c5658c4136185');
INSERT INTO "latest_metrics" VALUES('test/vqa_accuracy/question_type/yes/no',79.83,1796221400035,100,0,'91a59e87c43244f4ba1c5658c4136185');
INSERT INTO "latest_metrics" VALUES('test/vqa_accuracy_unrounded/question_type/yes/no',7.98270893371757921368e+01,1796221400035,100,0,'91a59e87c43244f4ba1c5658c4136185');
INSERT INTO "latest_metrics" VALUES('test/vqa_accuracy/other',23.53,1796221400035,100,0,'91a59e87c43244f4ba1c5658c4136185');
INSERT INTO "latest_metrics" VALUES('test/vqa_accuracy_unrounded/other',2.35294117647058840256e+01,1796221400035,100,0,'91a59e87c43244f4ba1c5658c4136185');
INSERT INTO "latest_metrics" VALUES('test/vqa_accuracy/question_type/shape',31.17,1796221400035,100,0,'91a59e87c43244f4ba1c5658c4136185');
INSERT INTO "latest_metrics" VALUES('test/vqa_accuracy_unrounded/question_type/shape',3.11688311688311685547e+01,1796221400035,100,0,'91a59e87c43244f4ba1c5658c4136185');
INSERT INTO "latest_metrics" VALUES('test/vqa_accuracy/question_type/color',15.79,1796221400035,100,0,'91a59e87c43244f4ba1c5658c4136185');
INSERT INTO "latest_metrics" VALUES('test/vqa_accuracy_unrounded/question_type/color',1.57894736842105256613e+01,1796221400035,100,0,'91a59e87c43244f4ba1c5658c4136185');
INSERT INTO "latest_metrics" VALUES('time/lm_load_s',2.33484139000211143866e-01,1796221400035,100,0,'91a59e87c43244f4ba1c5658c4136185');
INSERT INTO "latest_metrics" VALUES('time/train_s',1.05348976088000199522e+02,1796221400035,100,0,'91a59e87c43244f4ba1c5658c4136185');
INSERT INTO "latest_metrics" VALUES('time/train_step_s',1.04835717654550708566e+00,1796221400035,100,0,'91a59e87c43244f4ba1c5658c4136185');
INSERT INTO "latest_metrics" VALUES('time/eval_s',2.88494423690008261473e+01,1796221400035,100,0,'91a59e87c43244f4ba1c5658c4136185');
INSERT INTO "latest_metrics" VALUES('time/eval_example_s',5.76988847380016517396e-02,1796221400035,100,0,'91a59e87c43244f4ba1c5658c4136185');
INSERT INTO "latest_metrics" VALUES('time/total_s',1.35244449810999867623e+02,1796221400035,100,0,'91a59e87c43244f4ba1c5658c4136185');
INSERT INTO "latest_metrics" VALUES('ood/easy-vqa/gaussian_noise-3/vqa_accuracy',62.6,1796221430574,0,0,'91a59e87c43244f4ba1c5658c4136185');
INSERT INTO "latest_metrics" VALUES('params/trainable',1839744.0,1796221436545,0,0,'3f3d9be47c2244c0b2dbbfb00659b27e');
INSERT INTO "latest_metrics" VALUES('params/lm',134515008.0,1796221436545,0,0,'3f3d9be47c2244c0b2dbbfb00659b27e');
INSERT INTO "latest_metrics" VALUES('test/vqa_accuracy',92.0,1796221438546,100,0,'f4c3c31a06ef4340b452ca225eea0f26');
INSERT INTO "latest_metrics" VALUES('test/vqa_accuracy_unrounded',92.0,1796221438546,100,0,'f4c3c31a06ef4340b452ca225eea0f26');
INSERT INTO "latest_metrics" VALUES('test/vqa_accuracy/yes/no',88.76,1796221438546,100,0,'f4c3c31a06ef4340b452ca225eea0f26');
INSERT INTO "latest_metrics" VALUES('test/vqa_accuracy_unrounded/yes/no',8.87608069164265174339e+01,1796221438546,100,0,'f4c3c31a06ef4340b452ca225eea0f26');
INSERT INTO "latest_metrics" VALUES('test/vqa_accuracy/question_type/yes/no',88.76,1796221438546,100,0,'f4c3c31a06ef4340b452ca225eea0f26');
INSERT INTO "latest_metrics" VALUES('test/vqa_accuracy_unrounded/question_type/yes/no',8.87608069164265174339e+01,1796221438546,100,0,'f4c3c31a06ef4340b452ca225eea0f26');
INSERT INTO "latest_metrics" VALUES('test/vqa_accuracy/other',99.35,1796221438546,100,0,'f4c3c31a06ef4340b452ca225eea0f26');
INSERT INTO "latest_metrics" VALUES('test/vqa_accuracy_unrounded/other',9.93464052287581722566e+01,1796221438546,100,0,'f4c3c31a06ef4340b452ca225eea0f26');
INSERT INTO "latest_metrics" VALUES('test/vqa_accuracy/question_type/shape',98.7,1796221438546,100,0,'f4c3c31a06ef4340b452ca225eea0f26');
INSERT INTO "latest_metrics" VALUES('test/vqa_accuracy_unrounded/question_type/shape',98.7012987012987,1796221438546,100,0,'f4c3c31a06ef4340b452ca225eea0f26');
INSERT INTO "latest_metrics" VALUES('test/vqa_accuracy/question_type/color',100.0,1796221438546,100,0,'f4c3c31a06ef4340b452ca225eea0f26');
INSERT INTO "latest_metrics" VALUES('test/vqa_accuracy_unrounded/question_type/color',100.0,1796221438546,100,0,'f4c3c31a06ef4340b452ca225eea0f26');
INSERT INTO "latest_metrics" VALUES('time/lm_load_s',2.7026906300125119742e-01,1796221438546,100,0,'f4c3c31a06ef4340b452ca225eea0f26');
INSERT INTO "latest_metrics" VALUES('time/train_s',1.17784568651000881795e+02,1796221438546,100,0,'f4c3c31a06ef4340b452ca225eea0f26');
INSERT INTO "latest_metrics" VALUES('time/train_step_s',1.17243467080811791802e+00,1796221438546,100,0,'f4c3c31a06ef4340b452ca225eea0f26');
INSERT INTO "latest_metrics" VALUES('time/eval_s',3.72311855259995354576e+01,1796221438546,100,0,'f4c3c31a06ef4340b452ca225eea0f26');
INSERT INTO "latest_metrics" VALUES('time/eval_example_s',7.44623710519990711365e-02,1796221438546,100,0,'f4c3c31a06ef4340b452ca225eea0f26');
INSERT INTO "latest_metrics" VALUES('time/total_s',1.56142750262999470576e+02,1796221438546,100,0,'f4c3c31a06ef4340b452ca225eea0f26');
INSERT INTO "latest_metrics" VALUES('train/loss',2.46408089995384216308e-01,1796221548979,100,0,'3f3d9be47c2244c0b2dbbfb00659b27e');
INSERT INTO "latest_metrics" VALUES('train/lr',1.0e-05,1796221548979,100,0,'3f3d9be47c2244c0b2dbbfb00659b27e');
INSERT INTO "latest_metrics" VALUES('ood/easy-vqa/gaussian_noise-3/vqa_accuracy',92.0,1796221476412,0,0,'f4c3c31a06ef4340b452ca225eea0f26');
INSERT INTO "latest_metrics" VALUES('params/trainable',743616.0,1796221477875,0,0,'62d44e8065e445849f8aaaa5fe7bb96a');
INSERT INTO "latest_metrics" VALUES('params/lm',134515008.0,1796221477875,0,0,'62d44e8065e445849f8aaaa5fe7bb96a');
INSERT INTO "latest_metrics" VALUES('train/loss',2.84117788076400756835e-01,1796221590509,100,0,'62d44e8065e445849f8aaaa5fe7bb96a');
INSERT INTO "latest_metrics" VALUES('train/lr',1.0e-05,1796221590509,100,0,'62d44e8065e445849f8aaaa5fe7bb96a');
INSERT INTO "latest_metrics" VALUES('test/vqa_accuracy',78.0,1796221580310,100,0,'3f3d9be47c2244c0b2dbbfb00659b27e');
INSERT INTO "latest_metrics" VALUES('test/vqa_accuracy_unrounded',78.0,1796221580310,100,0,'3f3d9be47c2244c0b2dbbfb00659b27e');
INSERT INTO "latest_metrics" VALUES('test/vqa_accuracy/yes/no',77.81,1796221580310,100,0,'3f3d9be47c2244c0b2dbbfb00659b27e');
INSERT INTO "latest_metrics" VALUES('test/vqa_accuracy_unrounded/yes/no',7.78097982708933670874e+01,1796221580310,100,0,'3f3d9be47c2244c0b2dbbfb00659b27e');
INSERT INTO "latest_metrics" VALUES('test/vqa_accuracy/question_type/yes/no',77.81,1796221580310,100,0,'3f3d9be47c2244c0b2dbbfb00659b27e');
INSERT INTO "latest_metrics" VALUES('test/vqa_accuracy_unrounded/question_type/yes/no',7.78097982708933670874e+01,1796221580310,100,0,'3f3d9be47c2244c0b2dbbfb00659b27e');
INSERT INTO "latest_metrics" VALUES('test/vqa_accuracy/other',78.43,1796221580310,100,0,'3f3d9be47c2244c0b2dbbfb00659b27e');
INSERT INTO "latest_metrics" VALUES('test/vqa_accuracy_unrounded/other',7.8431372549019613416e+01,1796221580310,100,0,'3f3d9be47c2244c0b2dbbfb00659b27e');
INSERT INTO "latest_metrics" VALUES('test/vqa_accuracy/question_type/shape',100.0,1796221580310,100,0,'3f3d9be47c2244c0b2dbbfb00659b27e');
INSERT INTO "latest_metrics" VALUES('test/vqa_accuracy_unrounded/question_type/shape',100.0,1796221580310,100,0,'3f3d9be47c2244c0b2dbbfb00659b27e');
INSERT INTO "latest_metrics" VALUES('test/vqa_accuracy/question_type/color',56.58,1796221580310,100,0,'3f3d9be47c2244c0b2dbbfb00659b27e');
INSERT INTO "latest_metrics" VALUES('test/vqa_accuracy_unrounded/question_type/color',5.65789473684210548771e+01,1796221580310,100,0,'3f3d9be47c2244c0b2dbbfb00659b27e');
INSERT INTO "latest_metrics" VALUES('time/features_s',4.76589053000134299509e+00,1796221580310,100,0,'3f3d9be47c2244c0b2dbbfb00659b27e');
INSERT INTO "latest_metrics" VALUES('time/lm_load_s',1.64322003998677246272e-01,1796221580310,100,0,'3f3d9be47c2244c0b2dbbfb00659b27e');
INSERT INTO "latest_metrics" VALUES('time/train_s',1.12480700353000429459e+02,1796221580310,100,0,'3f3d9be47c2244c0b2dbbfb00659b27e');
INSERT INTO "latest_metrics" VALUES('time/train_step_s',1.12245941408086347124e+00,1796221580310,100,0,'3f3d9be47c2244c0b2dbbfb00659b27e');
INSERT INTO "latest_metrics" VALUES('time/eval_s',31.2594559750014,1796221580310,100,0,'3f3d9be47c2244c0b2dbbfb00659b27e');
INSERT INTO "latest_metrics" VALUES('time/eval_example_s',6.25189119500028089859e-02,1796221580310,100,0,'3f3d9be47c2244c0b2dbbfb00659b27e');
INSERT INTO "latest_metrics" VALUES('time/total_s',1.49534891889999926213e+02,1796221580310,100,0,'3f3d9be47c2244c0b2dbbfb00659b27e');
INSERT INTO "latest_metrics" VALUES('ood/easy-vqa/gaussian_noise-3/vqa_accuracy',47.2,1796221620406,0,0,'3f3d9be47c2244c0b2dbbfb00659b27e');
INSERT INTO "latest_metrics" VALUES('test/vqa_accuracy',73.6,1796221625422,100,0,'62d44e8065e445849f8aaaa5fe7bb96a');
INSERT INTO "latest_metrics" VALUES('test/vqa_accuracy_unrounded',73.6,1796221625422,100,0,'62d44e8065e445849f8aaaa5fe7bb96a');
INSERT INTO "latest_metrics" VALUES('test/vqa_accuracy/yes/no',72.62,1796221625422,100,0,'62d44e8065e445849f8aaaa5fe7bb96a');
INSERT INTO "latest_metrics" VALUES('test/vqa_accuracy_unrounded/yes/no',7.26224783861671454579e+01,1796221625422,100,0,'62d44e8065e445849f8aaaa5fe7bb96a');
INSERT INTO "latest_metrics" VALUES('test/vqa_accuracy/question_type/yes/no',72.62,1796221625422,100,0,'62d44e8065e445849f8aaaa5fe7bb96a');
INSERT INTO "latest_metrics" VALUES('test/vqa_accuracy_unrounded/question_type/yes/no',7.26224783861671454579e+01,1796221625422,100,0,'62d44e8065e445849f8aaaa5fe7bb96a');
INSERT INTO "latest_metrics" VALUES('test/vqa_accuracy/other',75.82,1796221625422,100,0,'62d44e8065e445849f8aaaa5fe7bb96a');
INSERT INTO "latest_metrics" VALUES('test/vqa_accuracy_unrounded/other',7.5816993464052288231e+01,1796221625422,100,0,'62d44e8065e445849f8aaaa5fe7bb96a');
INSERT INTO "latest_metrics" VALUES('test/vqa_accuracy/question_type/shape',100.0,1796221625422,100,0,'62d44e8065e445849f8aaaa5fe7bb96a');
INSERT INTO "latest_metrics" VALUES('test/vqa_accuracy_unrounded/question_type/shape',100.0,1796221625422,100,0,'62d44e8065e445849f8aaaa5fe7bb96a');
INSERT INTO "latest_metrics" VALUES('test/vqa_accuracy/question_type/color',51.32,1796221625422,100,0,'62d44e8065e445849f8aaaa5fe7bb96a');
INSERT INTO "latest_metrics" VALUES('test/vqa_accuracy_unrounded/question_type/color',5.13157894736842123961e+01,1796221625422,100,0,'62d44e8065e445849f8aaaa5fe7bb96a');
INSERT INTO "latest_metrics" VALUES('time/features_s',2.07706531999065191484e-01,1796221625422,100,0,'62d44e8065e445849f8aaaa5fe7bb96a');
INSERT INTO "latest_metrics" VALUES('time/lm_load_s',1.72081927999897743575e-01,1796221625422,100,0,'62d44e8065e445849f8aaaa5fe7bb96a');
INSERT INTO "latest_metrics" VALUES('time/train_s',1.12655820125999525768e+02,1796221625422,100,0,'62d44e8065e445849f8aaaa5fe7bb96a');
INSERT INTO "latest_metrics" VALUES('time/train_step_s',1.12459894544443872455e+00,1796221625422,100,0,'62d44e8065e445849f8aaaa5fe7bb96a');
INSERT INTO "latest_metrics" VALUES('time/eval_s',3.48593726590006554029e+01,1796221625422,100,0,'62d44e8065e445849f8aaaa5fe7bb96a');
INSERT INTO "latest_metrics" VALUES('time/eval_example_s',0.0697187453180013,1796221625422,100,0,'62d44e8065e445849f8aaaa5fe7bb96a');
INSERT INTO "latest_metrics" VALUES('time/total_s',1.48783594951999475599e+02,1796221625422,100,0,'62d44e8065e445849f8aaaa5fe7bb96a');
INSERT INTO "latest_metrics" VALUES('ima/ima',3.87534501500088612857e-02,1796221644756,0,0,'3f3d9be47c2244c0b2dbbfb00659b27e');
INSERT INTO "latest_metrics" VALUES('ima/ima0',3.20306272143849185551e-02,1796221644756,0,0,'3f3d9be47c2244c0b2dbbfb00659b27e');
INSERT INTO "latest_metrics" VALUES('ima/matched',4.18666868256551624738e-02,1796221644756,0,0,'3f3d9be47c2244c0b2dbbfb00659b27e');
INSERT INTO "latest_metrics" VALUES('ima/pp',0.937960601256548,1796221644756,0,0,'3f3d9be47c2244c0b2dbbfb00659b27e');
INSERT INTO "latest_metrics" VALUES('ima/tt',9.6629218761410629046e-01,1796221644756,0,0,'3f3d9be47c2244c0b2dbbfb00659b27e');
INSERT INTO "latest_metrics" VALUES('params/trainable',2592576.0,1796221654019,0,0,'5b7a82afd8174503a4b818e6606c6dd4');
INSERT INTO "latest_metrics" VALUES('params/lm',134515008.0,1796221654019,0,0,'5b7a82afd8174503a4b818e6606c6dd4');
INSERT INTO "latest_metrics" VALUES('ood/easy-vqa/gaussian_noise-3/vqa_accuracy',66.2,1796221664470,0,0,'62d44e8065e445849f8aaaa5fe7bb96a');
INSERT INTO "latest_metrics" VALUES('train/loss',4.56765323877334594726e-01,1796221887637,100,0,'5b7a82afd8174503a4b818e6606c6dd4');
INSERT INTO "latest_metrics" VALUES('train/lr',1.0e-05,1796221887637,100,0,'5b7a82afd8174503a4b818e6606c6dd4');
INSERT INTO "latest_metrics" VALUES('ima/ima',7.55561522708100702372e-02,1796221679710,0,0,'62d44e8065e445849f8aaaa5fe7bb96a');
INSERT INTO "latest_metrics" VALUES('ima/ima0',-1.05359930788581582922e-02,1796221679710,0,0,'62d44e8065e445849f8aaaa5fe7bb96a');
INSERT INTO "latest_metrics" VALUES('ima/matched',7.93003214415073515164e-02,1796221679710,0,0,'62d44e8065e445849f8aaaa5fe7bb96a');
INSERT INTO "latest_metrics" VALUES('ima/pp',9.47966127000358094178e-01,1796221679710,0,0,'62d44e8065e445849f8aaaa5fe7bb96a');
INSERT INTO "latest_metrics" VALUES('ima/tt',9.57220863353633766301e-01,1796221679710,0,0,'62d44e8065e445849f8aaaa5fe7bb96a');
INSERT INTO "latest_metrics" VALUES('params/trainable',737856.0,1796221685022,0,0,'14f98a930e694295935b6debdc9859ba');
INSERT INTO "latest_metrics" VALUES('params/lm',134515008.0,1796221685022,0,0,'14f98a930e694295935b6debdc9859ba');
INSERT INTO "latest_metrics" VALUES('train/loss',3.59663546085357666015e-01,1796221983733,100,0,'14f98a930e694295935b6debdc9859ba');
INSERT INTO "latest_metrics" VALUES('train/lr',1.0e-05,1796221983733,100,0,'14f98a930e694295935b6debdc9859ba');
INSERT INTO "latest_metrics" VALUES('test/vqa_accuracy',71.2,1796221959750,100,0,'5b7a82afd8174503a4b818e6606c6dd4');
INSERT INTO "latest_metrics" VALUES('test/vqa_accuracy_unrounded',71.2,1796221959750,100,0,'5b7a82afd8174503a4b818e6606c6dd4');
INSERT INTO "latest_metrics" VALUES('test/vqa_accuracy/yes/no',79.83,1796221959750,100,0,'5b7a82afd8174503a4b818e6606c6dd4');
INSERT INTO "latest_metrics" VALUES('test/vqa_accuracy_unrounded/yes/no',7.98270893371757921368e+01,1796221959750,100,0,'5b7a82afd8174503a4b818e6606c6dd4');
INSERT INTO "latest_metrics" VALUES('test/vqa_accuracy/question_type/yes/no',79.83,1796221959750,100,0,'5b7a82afd8174503a4b818e6606c6dd4');
INSERT INTO "latest_metrics" VALUES('test/vqa_accuracy_unrounded/question_type/yes/no',7.98270893371757921368e+01,1796221959750,100,0,'5b7a82afd8174503a4b818e6606c6dd4');
INSERT INTO "latest_metrics" VALUES('test/vqa_accuracy/other',51.63,1796221959750,100,0,'5b7a82afd8174503a4b818e6606c6dd4');
INSERT INTO "latest_metrics" VALUES('test/vqa_accuracy_unrounded/other',5.1633986928104576462e+01,1796221959750,100,0,'5b7a82afd8174503a4b818e6606c6dd4');
INSERT INTO "latest_metrics" VALUES('test/vqa_accuracy/question_type/shape',87.01,1796221959750,100,0,'5b7a82afd8174503a4b818e6606c6dd4');
INSERT INTO "latest_metrics" VALUES('test/vqa_accuracy_unrounded/question_type/shape',8.70129870129870113242e+01,1796221959750,100,0,'5b7a82afd8174503a4b818e6606c6dd4');
INSERT INTO "latest_metrics" VALUES('test/vqa_accuracy/question_type/color',15.79,1796221959750,100,0,'5b7a82afd8174503a4b818e6606c6dd4');
INSERT INTO "latest_metrics" VALUES('test/vqa_accuracy_unrounded/question_type/color',1.57894736842105256613e+01,1796221959750,100,0,'5b7a82afd8174503a4b818e6606c6dd4');
INSERT INTO "latest_metrics" VALUES('time/features_s',7.68116005500087339896e+00,1796221959750,100,0,'5b7a82afd8174503a4b818e6606c6dd4');
INSERT INTO "latest_metrics" VALUES('time/lm_load_s',9.35836499998913495801e-01,1796221959750,100,0,'5b7a82afd8174503a4b818e6606c6dd4');
INSERT INTO "latest_metrics" VALUES('time/train_s',2.33684778340000775653e+02,1796221959750,100,0,'5b7a82afd8174503a4b818e6606c6dd4');
INSERT INTO "latest_metrics" VALUES('time/train_step_s',2.33452592013142723459e+00,1796221959750,100,0,'5b7a82afd8174503a4b818e6606c6dd4');
INSERT INTO "latest_metrics" VALUES('time/eval_s',7.20186052689987263883e+01,1796221959750,100,0,'5b7a82afd8174503a4b818e6606c6dd4');
INSERT INTO "latest_metrics" VALUES('time/eval_example_s',1.44037210537997450998e-01,1796221959750,100,0,'5b7a82afd8174503a4b818e6606c6dd4');
INSERT INTO "latest_metrics" VALUES('time/total_s',3.14776367729000412505e+02,1796221959750,100,0,'5b7a82afd8174503a4b818e6606c6dd4');
INSERT INTO "latest_metrics" VALUES('ood/easy-vqa/gaussian_noise-3/vqa_accuracy',66.6,1796222026234,0,0,'5b7a82afd8174503a4b818e6606c6dd4');
INSERT INTO "latest_metrics" VALUES('ima/ima',6.61210964627688135841e-01,1796222053540,0,0,'5b7a82afd8174503a4b818e6606c6dd4');
INSERT INTO "latest_metrics" VALUES('ima/ima0',-5.0955727894902210634e-03,1796222053540,0,0,'5b7a82afd8174503a4b818e6606c6dd4');
INSERT INTO "latest_metrics" VALUES('ima/matched',6.61387606391885873868e-01,1796222053540,0,0,'5b7a82afd8174503a4b818e6606c6dd4');
INSERT INTO "latest_metrics" VALUES('ima/pp',9.99355094539617239135e-01,1796222053540,0,0,'5b7a82afd8174503a4b818e6606c6dd4');
INSERT INTO "latest_metrics" VALUES('ima/tt',9.67161435276466807664e-01,1796222053540,0,0,'5b7a82afd8174503a4b818e6606c6dd4');
INSERT INTO "latest_metrics" VALUES('params/trainable',1214081.0,1796222059253,0,0,'cc7ab919718b4bd4bc569e68b50296b2');
INSERT INTO "latest_metrics" VALUES('params/lm',134515008.0,1796222059253,0,0,'cc7ab919718b4bd4bc569e68b50296b2');
INSERT INTO "latest_metrics" VALUES('test/vqa_accuracy',73.6,1796222063663,100,0,'14f98a930e694295935b6debdc9859ba');
INSERT INTO "latest_metrics" VALUES('test/vqa_accuracy_unrounded',73.6,1796222063663,100,0,'14f98a930e694295935b6debdc9859ba');
INSERT INTO "latest_metrics" VALUES('test/vqa_accuracy/yes/no',75.22,1796222063663,100,0,'14f98a930e694295935b6debdc9859ba');
INSERT INTO "latest_metrics" VALUES('test/vqa_accuracy_unrounded/yes/no',7.52161383285302633785e+01,1796222063663,100,0,'14f98a930e694295935b6debdc9859ba');
INSERT INTO "latest_metrics" VALUES('test/vqa_accuracy/question_type/yes/no',75.22,1796222063663,100,0,'14f98a930e694295935b6debdc9859ba');
INSERT INTO "latest_metrics" VALUES('test/vqa_accuracy_unrounded/question_type/yes/no',7.52161383285302633785e+01,1796222063663,100,0,'14f98a930e694295935b6debdc9859ba');
INSERT INTO "latest_metrics" VALUES('test/vqa_accuracy/other',69.93,1796222063663,100,0,'14f98a930e694295935b6debdc9859ba');
INSERT INTO "latest_metrics" VALUES('test/vqa_accuracy_unrounded/other',6.99346405228758101219e+01,1796222063663,100,0,'14f98a930e694295935b6debdc9859ba');
INSERT INTO "latest_metrics" VALUES('test/vqa_accuracy/question_type/shape',100.0,1796222063663,100,0,'14f98a930e694295935b6debdc9859ba');
INSERT INTO "latest_metrics" VALUES('test/vqa_accuracy_unrounded/question_type/shape',100.0,1796222063663,100,0,'14f98a930e694295935b6debdc9859ba');
INSERT INTO "latest_metrics" VALUES('test/vqa_accuracy/question_type/color',39.47,1796222063663,100,0,'14f98a930e694295935b6debdc9859ba');
INSERT INTO "latest_metrics" VALUES('test/vqa_accuracy_unrounded/question_type/color',3.94736842105263150424e+01,1796222063663,100,0,'14f98a930e694295935b6debdc9859ba');
INSERT INTO "latest_metrics" VALUES('time/features_s',4.09292801400079,1796222063663,100,0,'14f98a930e694295935b6debdc9859ba');
INSERT INTO "latest_metrics" VALUES('time/lm_load_s',1.66484220000711502507e-01,1796222063663,100,0,'14f98a930e694295935b6debdc9859ba');
INSERT INTO "latest_metrics" VALUES('time/train_s',2.98742703049998453929e+02,1796222063663,100,0,'14f98a930e694295935b6debdc9859ba');
INSERT INTO "latest_metrics" VALUES('time/train_step_s',2.97241357734356359543e+00,1796222063663,100,0,'14f98a930e694295935b6debdc9859ba');
INSERT INTO "latest_metrics" VALUES('time/eval_s',7.98781578339985571819e+01,1796222063663,100,0,'14f98a930e694295935b6debdc9859ba');
INSERT INTO "latest_metrics" VALUES('time/eval_example_s',1.59756315667997111917e-01,1796222063663,100,0,'14f98a930e694295935b6debdc9859ba');
INSERT INTO "latest_metrics" VALUES('time/total_s',3.8374565993299984256e+02,1796222063663,100,0,'14f98a930e694295935b6debdc9859ba');
INSERT INTO "latest_metrics" VALUES('train/loss',7.82431268692016601562e+00,1796222243310,100,0,'cc7ab919718b4bd4bc569e68b50296b2');
INSERT INTO "latest_metrics" VALUES('train/lr',1.0e-05,1796222243310,100,0,'cc7ab919718b4bd4bc569e68b50296b2');
INSERT INTO "latest_metrics" VALUES('ood/easy-vqa/gaussian_noise-3/vqa_accuracy',42.8,1796222151400,0,0,'14f98a930e694295935b6debdc9859ba');
INSERT INTO "latest_metrics" VALUES('ima/ima',6.24476157207455417896e-01,1796222186879,0,0,'14f98a930e694295935b6debdc9859ba');
INSERT INTO "latest_metrics" VALUES('ima/ima0',0.0408688269082409,1796222186879,0,0,'14f98a930e694295935b6debdc9859ba');
INSERT INTO "latest_metrics" VALUES('ima/matched',6.26652424587570755498e-01,1796222186879,0,0,'14f98a930e694295935b6debdc9859ba');
INSERT INTO "latest_metrics" VALUES('ima/pp',9.76924237666100481192e-01,1796222186879,0,0,'14f98a930e694295935b6debdc9859ba');
INSERT INTO "latest_metrics" VALUES('ima/tt',9.63338981348498157863e-01,1796222186879,0,0,'14f98a930e694295935b6debdc9859ba');
INSERT INTO "latest_metrics" VALUES('params/trainable',11520.0,1796222189529,0,0,'bf091a19040e4218aa43fb43a52cf0da');
INSERT INTO "latest_metrics" VALUES('params/lm',134515008.0,1796222189529,0,0,'bf091a19040e4218aa43fb43a52cf0da');
INSERT INTO "latest_metrics" VALUES('train/loss',0.609690248966217,1796222569804,100,0,'bf091a19040e4218aa43fb43a52cf0da');
INSERT INTO "latest_metrics" VALUES('train/lr',1.0e-05,1796222569804,100,0,'bf091a19040e4218aa43fb43a52cf0da');
INSERT INTO "latest_metrics" VALUES('test/vqa_accuracy',47.8,1796222284822,100,0,'cc7ab919718b4bd4bc569e68b50296b2');
INSERT INTO "latest_metrics" VALUES('test/vqa_accuracy_unrounded',47.8,1796222284822,100,0,'cc7ab919718b4bd4bc569e68b50296b2');
INSERT INTO "latest_metrics" VALUES('test/vqa_accuracy/yes/no',53.03,1796222284822,100,0,'cc7ab919718b4bd4bc569e68b50296b2');
INSERT INTO "latest_metrics" VALUES('test/vqa_accuracy_unrounded/yes/no',5.30259365994236304703e+01,1796222284822,100,0,'cc7ab919718b4bd4bc569e68b50296b2');
INSERT INTO "latest_metrics" VALUES('test/vqa_accuracy/question_type/yes/no',53.03,1796222284822,100,0,'cc7ab919718b4bd4bc569e68b50296b2');
INSERT INTO "latest_metrics" VALUES('test/vqa_accuracy_unrounded/question_type/yes/no',5.30259365994236304703e+01,1796222284822,100,0,'cc7ab919718b4bd4bc569e68b50296b2');
INSERT INTO "latest_metrics" VALUES('test/vqa_accuracy/other',35.95,1796222284822,100,0,'cc7ab919718b4bd4bc569e68b50296b2');
INSERT INTO "latest_metrics" VALUES('test/vqa_accuracy_unrounded/other',3.59477124183006537796e+01,1796222284822,100,0,'cc7ab919718b4bd4bc569e68b50296b2');
INSERT INTO "latest_metrics" VALUES('test/vqa_accuracy/question_type/shape',54.55,1796222284822,100,0,'cc7ab919718b4bd4bc569e68b50296b2');
INSERT INTO "latest_metrics" VALUES('test/vqa_accuracy_unrounded/question_type/shape',5.45454545454545467473e+01,1796222284822,100,0,'cc7ab919718b4bd4bc569e68b50296b2');
INSERT INTO "latest_metrics" VALUES('test/vqa_accuracy/question_type/color',17.11,1796222284822,100,0,'cc7ab919718b4bd4bc569e68b50296b2');
INSERT INTO "latest_metrics" VALUES('test/vqa_accuracy_unrounded/question_type/color',1.71052631578947362807e+01,1796222284822,100,0,'cc7ab919718b4bd4bc569e68b50296b2');
INSERT INTO "latest_metrics" VALUES('test/t2i_recall_at_1',3.2,1796222284822,100,0,'cc7ab919718b4bd4bc569e68b50296b2');
INSERT INTO "latest_metrics" VALUES('test/t2i_recall_at_5',1.12000000000000010658e+01,1796222284822,100,0,'cc7ab919718b4bd4bc569e68b50296b2');
INSERT INTO "latest_metrics" VALUES('test/t2i_recall_at_10',18.4,1796222284822,100,0,'cc7ab919718b4bd4bc569e68b50296b2');
INSERT INTO "latest_metrics" VALUES('test/i2t_recall_at_1',3.55329949238578723935e+00,1796222284822,100,0,'cc7ab919718b4bd4bc569e68b50296b2');
INSERT INTO "latest_metrics" VALUES('test/i2t_recall_at_5',7.10659898477157447871e+00,1796222284822,100,0,'cc7ab919718b4bd4bc569e68b50296b2');
INSERT INTO "latest_metrics" VALUES('test/i2t_recall_at_10',9.89847715736040711931e+00,1796222284822,100,0,'cc7ab919718b4bd4bc569e68b50296b2');
INSERT INTO "latest_metrics" VALUES('time/features_s',4.48112730799948622006e+00,1796222284822,100,0,'cc7ab919718b4bd4bc569e68b50296b2');
INSERT INTO "latest_metrics" VALUES('time/lm_load_s',1.72074496998902759514e-01,1796222284822,100,0,'cc7ab919718b4bd4bc569e68b50296b2');
INSERT INTO "latest_metrics" VALUES('time/train_s',1.84089119468000717459e+02,1796222284822,100,0,'cc7ab919718b4bd4bc569e68b50296b2');
INSERT INTO "latest_metrics" VALUES('time/train_step_s',1.8380232937981435537e+00,1796222284822,100,0,'cc7ab919718b4bd4bc569e68b50296b2');
INSERT INTO "latest_metrics" VALUES('time/eval_s',2.0504933480000545388e+01,1796222284822,100,0,'cc7ab919718b4bd4bc569e68b50296b2');
INSERT INTO "latest_metrics" VALUES('time/extra_metrics_s',2.09548425249995489143e+01,1796222284822,100,0,'cc7ab919718b4bd4bc569e68b50296b2');
INSERT INTO "latest_metrics" VALUES('time/eval_example_s',4.10098669600010914959e-02,1796222284822,100,0,'cc7ab919718b4bd4bc569e68b50296b2');
INSERT INTO "latest_metrics" VALUES('time/total_s',2.30639716671999849494e+02,1796222284822,100,0,'cc7ab919718b4bd4bc569e68b50296b2');
INSERT INTO "latest_metrics" VALUES('ood/easy-vqa/gaussian_noise-3/vqa_accuracy',44.2,1796222312197,0,0,'cc7ab919718b4bd4bc569e68b50296b2');
INSERT INTO "latest_metrics" VALUES('ima/ima',2.62059406169084463389e-01,1796222322903,0,0,'cc7ab919718b4bd4bc569e68b50296b2');
INSERT INTO "latest_metrics" VALUES('ima/ima0',1.50673824506624039198e-02,1796222322903,0,0,'cc7ab919718b4bd4bc569e68b50296b2');
INSERT INTO "latest_metrics" VALUES('ima/matched',2.63686840619516249528e-01,1796222322903,0,0,'cc7ab919718b4bd4bc569e68b50296b2');
INSERT INTO "latest_metrics" VALUES('ima/pp',9.47176644319107530201e-01,1796222322903,0,0,'cc7ab919718b4bd4bc569e68b50296b2');
INSERT INTO "latest_metrics" VALUES('ima/tt',9.7979415828506988273e-01,1796222322903,0,0,'cc7ab919718b4bd4bc569e68b50296b2');
INSERT INTO "latest_metrics" VALUES('params/trainable',11520.0,1796222328182,0,0,'01660c6fc6fd40ea882b0925d596f886');
INSERT INTO "latest_metrics" VALUES('params/lm',134515008.0,1796222328182,0,0,'01660c6fc6fd40ea882b0925d596f886');
INSERT INTO "latest_metrics" VALUES('train/loss',4.63043510913848876953e-01,1796222714983,100,0,'01660c6fc6fd40ea882b0925d596f886');
INSERT INTO "latest_metrics" VALUES('train/lr',1.0e-05,1796222714983,100,0,'01660c6fc6fd40ea882b0925d596f886');
INSERT INTO "latest_metrics" VALUES('test/vqa_accuracy',58.8,1796222681648,100,0,'bf091a19040e4218aa43fb43a52cf0da');
INSERT INTO "latest_metrics" VALUES('test/vqa_accuracy_unrounded',58.8,1796222681648,100,0,'bf091a19040e4218aa43fb43a52cf0da');
INSERT INTO "latest_metrics" VALUES('test/vqa_accuracy/yes/no',68.88,1796222681648,100,0,'bf091a19040e4218aa43fb43a52cf0da');
INSERT INTO "latest_metrics" VALUES('test/vqa_accuracy_unrounded/yes/no',6.88760806916426560064e+01,1796222681648,100,0,'bf091a19040e4218aa43fb43a52cf0da');
INSERT INTO "latest_metrics" VALUES('test/vqa_accuracy/question_type/yes/no',68.88,1796222681648,100,0,'bf091a19040e4218aa43fb43a52cf0da');
INSERT INTO "latest_metrics" VALUES('test/vqa_accuracy_unrounded/question_type/yes/no',6.88760806916426560064e+01,1796222681648,100,0,'bf091a19040e4218aa43fb43a52cf0da');
INSERT INTO "latest_metrics" VALUES('test/vqa_accuracy/other',35.95,1796222681648,100,0,'bf091a19040e4218aa43fb43a52cf0da');
INSERT INTO "latest_metrics" VALUES('test/vqa_accuracy_unrounded/other',3.59477124183006537796e+01,1796222681648,100,0,'bf091a19040e4218aa43fb43a52cf0da');
INSERT INTO "latest_metrics" VALUES('test/vqa_accuracy/question_type/shape',57.14,1796222681648,100,0,'bf091a19040e4218aa43fb43a52cf0da');
INSERT INTO "latest_metrics" VALUES('test/vqa_accuracy_unrounded/question_type/shape',5.7142857142857145904e+01,1796222681648,100,0,'bf091a19040e4218aa43fb43a52cf0da');
INSERT INTO "latest_metrics" VALUES('test/vqa_accuracy/question_type/color',14.47,1796222681648,100,0,'bf091a19040e4218aa43fb43a52cf0da');
INSERT INTO "latest_metrics" VALUES('test/vqa_accuracy_unrounded/question_type/color',1.44736842105263150415e+01,1796222681648,100,0,'bf091a19040e4218aa43fb43a52cf0da');
INSERT INTO "latest_metrics" VALUES('time/features_s',1.38298218700037978123e+00,1796222681648,100,0,'bf091a19040e4218aa43fb43a52cf0da');
INSERT INTO "latest_metrics" VALUES('time/lm_load_s',5.67352209000091534107e-01,1796222681648,100,0,'bf091a19040e4218aa43fb43a52cf0da');
INSERT INTO "latest_metrics" VALUES('time/train_s',3.80305117793999670535e+02,1796222681648,100,0,'bf091a19040e4218aa43fb43a52cf0da');
INSERT INTO "latest_metrics" VALUES('time/train_step_s',3.79769835331305749548e+00,1796222681648,100,0,'bf091a19040e4218aa43fb43a52cf0da');
INSERT INTO "latest_metrics" VALUES('time/eval_s',1.11791200487001333389e+02,1796222681648,100,0,'bf091a19040e4218aa43fb43a52cf0da');
INSERT INTO "latest_metrics" VALUES('time/eval_example_s',2.23582400974002670768e-01,1796222681648,100,0,'bf091a19040e4218aa43fb43a52cf0da');
INSERT INTO "latest_metrics" VALUES('time/total_s',4.94573345542999959429e+02,1796222681648,100,0,'bf091a19040e4218aa43fb43a52cf0da');
INSERT INTO "latest_metrics" VALUES('ood/easy-vqa/gaussian_noise-3/vqa_accuracy',3.4,1796222823713,0,0,'bf091a19040e4218aa43fb43a52cf0da');
INSERT INTO "latest_metrics" VALUES('test/vqa_accuracy',62.0,1796222864600,100,0,'01660c6fc6fd40ea882b0925d596f886');
INSERT INTO "latest_metrics" VALUES('test/vqa_accuracy_unrounded',62.0,1796222864600,100,0,'01660c6fc6fd40ea882b0925d596f886');
INSERT INTO "latest_metrics" VALUES('test/vqa_accuracy/yes/no',78.39,1796222864600,100,0,'01660c6fc6fd40ea882b0925d596f886');
INSERT INTO "latest_metrics" VALUES('test/vqa_accuracy_unrounded/yes/no',7.83861671469740599587e+01,1796222864600,100,0,'01660c6fc6fd40ea882b0925d596f886');
INSERT INTO "latest_metrics" VALUES('test/vqa_accuracy/question_type/yes/no',78.39,1796222864600,100,0,'01660c6fc6fd40ea882b0925d596f886');
INSERT INTO "latest_metrics" VALUES('test/vqa_accuracy_unrounded/question_type/yes/no',7.83861671469740599587e+01,1796222864600,100,0,'01660c6fc6fd40ea882b0925d596f886');
INSERT INTO "latest_metrics" VALUES('test/vqa_accuracy/other',24.84,1796222864600,100,0,'01660c6fc6fd40ea882b0925d596f886');
INSERT INTO "latest_metrics" VALUES('test/vqa_accuracy_unrounded/other',2.48366013071895430641e+01,1796222864600,100,0,'01660c6fc6fd40ea882b0925d596f886');
INSERT INTO "latest_metrics" VALUES('test/vqa_accuracy/question_type/shape',33.77,1796222864600,100,0,'01660c6fc6fd40ea882b0925d596f886');
INSERT INTO "latest_metrics" VALUES('test/vqa_accuracy_unrounded/question_type/shape',3.37662337662337677093e+01,1796222864600,100,0,'01660c6fc6fd40ea882b0925d596f886');
INSERT INTO "latest_metrics" VALUES('test/vqa_accuracy/question_type/color',15.79,1796222864600,100,0,'01660c6fc6fd40ea882b0925d596f886');
INSERT INTO "latest_metrics" VALUES('test/vqa_accuracy_unrounded/question_type/color',1.57894736842105256613e+01,1796222864600,100,0,'01660c6fc6fd40ea882b0925d596f886');
INSERT INTO "latest_metrics" VALUES('time/features_s',3.95308972800012270454e+00,1796222864600,100,0,'01660c6fc6fd40ea882b0925d596f886');
INSERT INTO "latest_metrics" VALUES('time/lm_load_s',1.8008437299977231305e-01,1796222864600,100,0,'01660c6fc6fd40ea882b0925d596f886');
INSERT INTO "latest_metrics" VALUES('time/train_s',3.86810601917000894903e+02,1796222864600,100,0,'01660c6fc6fd40ea882b0925d596f886');
INSERT INTO "latest_metrics" VALUES('time/train_step_s',3.86598595129294375638e+00,1796222864600,100,0,'01660c6fc6fd40ea882b0925d596f886');
INSERT INTO "latest_metrics" VALUES('time/eval_s',1.49573455445999570654e+02,1796222864600,100,0,'01660c6fc6fd40ea882b0925d596f886');
INSERT INTO "latest_metrics" VALUES('time/eval_example_s',2.99146910891999129322e-01,1796222864600,100,0,'01660c6fc6fd40ea882b0925d596f886');
INSERT INTO "latest_metrics" VALUES('time/total_s',5.41475140585000190183e+02,1796222864600,100,0,'01660c6fc6fd40ea882b0925d596f886');
INSERT INTO "latest_metrics" VALUES('ima/ima',7.41030814633670598112e-01,1796222891584,0,0,'bf091a19040e4218aa43fb43a52cf0da');
INSERT INTO "latest_metrics" VALUES('ima/ima0',1.3974598775042664997e-02,1796222891584,0,0,'bf091a19040e4218aa43fb43a52cf0da');
INSERT INTO "latest_metrics" VALUES('ima/matched',7.43908238071773642019e-01,1796222891584,0,0,'bf091a19040e4218aa43fb43a52cf0da');
INSERT INTO "latest_metrics" VALUES('ima/pp',9.60438097004071789086e-01,1796222891584,0,0,'bf091a19040e4218aa43fb43a52cf0da');
INSERT INTO "latest_metrics" VALUES('ima/tt',9.61458090080472782545e-01,1796222891584,0,0,'bf091a19040e4218aa43fb43a52cf0da');
INSERT INTO "latest_metrics" VALUES('params/trainable',5737248.0,1796222898974,0,0,'2ea5826571ed4fbab2b379ef3163c080');
INSERT INTO "latest_metrics" VALUES('params/lm',134515008.0,1796222898974,0,0,'2ea5826571ed4fbab2b379ef3163c080');
INSERT INTO "latest_metrics" VALUES('train/loss',3.64221483469009399414e-01,1796223265915,100,0,'2ea5826571ed4fbab2b379ef3163c080');
INSERT INTO "latest_metrics" VALUES('train/lr',1.0e-05,1796223265915,100,0,'2ea5826571ed4fbab2b379ef3163c080');
INSERT INTO "latest_metrics" VALUES('ood/easy-vqa/gaussian_noise-3/vqa_accuracy',0.0,1796223036504,0,0,'01660c6fc6fd40ea882b0925d596f886');
INSERT INTO "latest_metrics" VALUES('ima/ima',7.34827711305414799092e-01,1796223100559,0,0,'01660c6fc6fd40ea882b0925d596f886');
INSERT INTO "latest_metrics" VALUES('ima/ima0',1.60301524695101796358e-02,1796223100559,0,0,'01660c6fc6fd40ea882b0925d596f886');
INSERT INTO "latest_metrics" VALUES('ima/matched',7.36502625290718193618e-01,1796223100559,0,0,'01660c6fc6fd40ea882b0925d596f886');
INSERT INTO "latest_metrics" VALUES('ima/pp',9.60438097004071789086e-01,1796223100559,0,0,'01660c6fc6fd40ea882b0925d596f886');
INSERT INTO "latest_metrics" VALUES('ima/tt',9.72306422507850709457e-01,1796223100559,0,0,'01660c6fc6fd40ea882b0925d596f886');
INSERT INTO "latest_metrics" VALUES('params/trainable',1198656.0,1796223103424,0,0,'deee6bc48cf64816a4763304ac12d040');
INSERT INTO "latest_metrics" VALUES('params/lm',134515008.0,1796223103424,0,0,'deee6bc48cf64816a4763304ac12d040');
INSERT INTO "latest_metrics" VALUES('train/loss',2.51700043678283691406e-01,1796223497409,100,0,'deee6bc48cf64816a4763304ac12d040');
INSERT INTO "latest_metrics" VALUES('train/lr',1.0e-05,1796223497409,100,0,'deee6bc48cf64816a4763304ac12d040');
INSERT INTO "latest_metrics" VALUES('test/vqa_accuracy',70.8,1796223411995,100,0,'2ea5826571ed4fbab2b379ef3163c080');
INSERT INTO "latest_metrics" VALUES('test/vqa_accuracy_unrounded',70.8,1796223411995,100,0,'2ea5826571ed4fbab2b379ef3163c080');
INSERT INTO "latest_metrics" VALUES('test/vqa_accuracy/yes/no',78.96,1796223411995,100,0,'2ea5826571ed4fbab2b379ef3163c080');
INSERT INTO "latest_metrics" VALUES('test/vqa_accuracy_unrounded/yes/no',7.896253602305475283e+01,1796223411995,100,0,'2ea5826571ed4fbab2b379ef3163c080');
INSERT INTO "latest_metrics" VALUES('test/vqa_accuracy/question_type/yes/no',78.96,1796223411995,100,0,'2ea5826571ed4fbab2b379ef3163c080');
INSERT INTO "latest_metrics" VALUES('test/vqa_accuracy_unrounded/question_type/yes/no',7.896253602305475283e+01,1796223411995,100,0,'2ea5826571ed4fbab2b379ef3163c080');
INSERT INTO "latest_metrics" VALUES('test/vqa_accuracy/other',52.29,1796223411995,100,0,'2ea5826571ed4fbab2b379ef3163c080');
INSERT INTO "latest_metrics" VALUES('test/vqa_accuracy_unrounded/other',5.22875816993464042053e+01,1796223411995,100,0,'2ea5826571ed4fbab2b379ef3163c080');
INSERT INTO "latest_metrics" VALUES('test/vqa_accuracy/question_type/shape',88.31,1796223411995,100,0,'2ea5826571ed4fbab2b379ef3163c080');
INSERT INTO "latest_metrics" VALUES('test/vqa_accuracy_unrounded/question_type/shape',8.83116883116883144566e+01,1796223411995,100,0,'2ea5826571ed4fbab2b379ef3163c080');
INSERT INTO "latest_metrics" VALUES('test/vqa_accuracy/question_type/color',15.79,1796223411995,100,0,'2ea5826571ed4fbab2b379ef3163c080');
INSERT INTO "latest_metrics" VALUES('test/vqa_accuracy_unrounded/question_type/color',1.57894736842105256613e+01,1796223411995,100,0,'2ea5826571ed4fbab2b379ef3163c080');
INSERT INTO "latest_metrics" VALUES('time/features_s',5.15422065900020243134e+00,1796223411995,100,0,'2ea5826571ed4fbab2b379ef3163c080');
INSERT INTO "latest_metrics" VALUES('time/lm_load_s',1.01297313800023403018e+00,1796223411995,100,0,'2ea5826571ed4fbab2b379ef3163c080');
INSERT INTO "latest_metrics" VALUES('time/train_s',3.67491956283000035902e+02,1796223411995,100,0,'2ea5826571ed4fbab2b379ef3163c080');
INSERT INTO "latest_metrics" VALUES('time/train_step_s',3.66130835932327869386e+00,1796223411995,100,0,'2ea5826571ed4fbab2b379ef3163c080');
INSERT INTO "latest_metrics" VALUES('time/eval_s',1.45489842920000228337e+02,1796223411995,100,0,'2ea5826571ed4fbab2b379ef3163c080');
INSERT INTO "latest_metrics" VALUES('time/eval_example_s',2.90979685840000446006e-01,1796223411995,100,0,'2ea5826571ed4fbab2b379ef3163c080');
INSERT INTO "latest_metrics" VALUES('time/total_s',5.19877169237999623872e+02,1796223411995,100,0,'2ea5826571ed4fbab2b379ef3163c080');
INSERT INTO "latest_metrics" VALUES('ood/easy-vqa/gaussian_noise-3/vqa_accuracy',65.4,1796223538443,0,0,'2ea5826571ed4fbab2b379ef3163c080');
INSERT INTO "latest_metrics" VALUES('ima/ima',6.12003875219098159021e-01,1796223595775,0,0,'2ea5826571ed4fbab2b379ef3163c080');
INSERT INTO "latest_metrics" VALUES('ima/ima0',2.89423807404989331948e-02,1796223595775,0,0,'2ea5826571ed4fbab2b379ef3163c080');
INSERT INTO "latest_metrics" VALUES('ima/matched',6.13410231296477870266e-01,1796223595775,0,0,'2ea5826571ed4fbab2b379ef3163c080');
INSERT INTO "latest_metrics" VALUES('ima/pp',9.75902186634968416001e-01,1796223595775,0,0,'2ea5826571ed4fbab2b379ef3163c080');
INSERT INTO "latest_metrics" VALUES('ima/tt',9.64647030706245467435e-01,1796223595775,0,0,'2ea5826571ed4fbab2b379ef3163c080');
INSERT INTO "latest_metrics" VALUES('params/trainable',1070208.0,1796223598883,0,0,'252df570dbc942f79f086793a35b3fe3');
INSERT INTO "latest_metrics" VALUES('params/lm',134515008.0,1796223598883,0,0,'252df570dbc942f79f086793a35b3fe3');
INSERT INTO "latest_metrics" VALUES('test/vqa_accuracy',77.4,1796223615862,100,0,'deee6bc48cf64816a4763304ac12d040');
INSERT INTO "latest_metrics" VALUES('test/vqa_accuracy_unrounded',77.4,1796223615862,100,0,'deee6bc48cf64816a4763304ac12d040');
INSERT INTO "latest_metrics" VALUES('test/vqa_accuracy/yes/no',79.83,1796223615862,100,0,'deee6bc48cf64816a4763304ac12d040');
INSERT INTO "latest_metrics" VALUES('test/vqa_accuracy_unrounded/yes/no',7.98270893371757921368e+01,1796223615862,100,0,'deee6bc48cf64816a4763304ac12d040');
INSERT INTO "latest_metrics" VALUES('test/vqa_accuracy/question_type/yes/no',79.83,1796223615862,100,0,'deee6bc48cf64816a4763304ac12d040');
INSERT INTO "latest_metrics" VALUES('test/vqa_accuracy_unrounded/question_type/yes/no',7.98270893371757921368e+01,1796223615862,100,0,'deee6bc48cf64816a4763304ac12d040');
INSERT INTO "latest_metrics" VALUES('test/vqa_accuracy/other',71.9,1796223615862,100,0,'deee6bc48cf64816a4763304ac12d040');
INSERT INTO "latest_metrics" VALUES('test/vqa_accuracy_unrounded/other',7.18954248366013075593e+01,1796223615862,100,0,'deee6bc48cf64816a4763304ac12d040');
INSERT INTO "latest_metrics" VALUES('test/vqa_accuracy/question_type/shape',100.0,1796223615862,100,0,'deee6bc48cf64816a4763304ac12d040');
INSERT INTO "latest_metrics" VALUES('test/vqa_accuracy_unrounded/question_type/shape',100.0,1796223615862,100,0,'deee6bc48cf64816a4763304ac12d040');
INSERT INTO "latest_metrics" VALUES('test/vqa_accuracy/question_type/color',43.42,1796223615862,100,0,'deee6bc48cf64816a4763304ac12d040');
INSERT INTO "latest_metrics" VALUES('test/vqa_accuracy_unrounded/question_type/color',4.34210526315789451228e+01,1796223615862,100,0,'deee6bc48cf64816a4763304ac12d040');
INSERT INTO "latest_metrics" VALUES('time/features_s',1.35340841900142550002e+00,1796223615862,100,0,'deee6bc48cf64816a4763304ac12d040');
INSERT INTO "latest_metrics" VALUES('time/lm_load_s',1.72841591000178596004e-01,1796223615862,100,0,'deee6bc48cf64816a4763304ac12d040');
INSERT INTO "latest_metrics" VALUES('time/train_s',3.94060572103000595223e+02,1796223615862,100,0,'deee6bc48cf64816a4763304ac12d040');
INSERT INTO "latest_metrics" VALUES('time/train_step_s',3.95019086278785636068e+00,1796223615862,100,0,'deee6bc48cf64816a4763304ac12d040');
INSERT INTO "latest_metrics" VALUES('time/eval_s',1.18341141402999710413e+02,1796223615862,100,0,'deee6bc48cf64816a4763304ac12d040');
INSERT INTO "latest_metrics" VALUES('time/eval_example_s',2.36682282805999427699e-01,1796223615862,100,0,'deee6bc48cf64816a4763304ac12d040');
INSERT INTO "latest_metrics" VALUES('time/total_s',515.087235938001,1796223615862,100,0,'deee6bc48cf64816a4763304ac12d040');
INSERT INTO "latest_metrics" VALUES('params/trainable',6470208.0,1796223625962,0,0,'60e45c4d1e0d4f67af6c4c1861bbfd69');
INSERT INTO "latest_metrics" VALUES('params/lm',134515008.0,1796223625962,0,0,'60e45c4d1e0d4f67af6c4c1861bbfd69');
INSERT INTO "latest_metrics" VALUES('train/loss',3.78321856260299682617e-01,1796223947211,100,0,'252df570dbc942f79f086793a35b3fe3');
INSERT INTO "latest_metrics" VALUES('train/lr',1.0e-05,1796223947211,100,0,'252df570dbc942f79f086793a35b3fe3');
INSERT INTO "latest_metrics" VALUES('train/loss',4.59750920534133911132e-01,1796223949261,100,0,'60e45c4d1e0d4f67af6c4c1861bbfd69');
INSERT INTO "latest_metrics" VALUES('train/lr',1.0e-05,1796223949261,100,0,'60e45c4d1e0d4f67af6c4c1861bbfd69');
INSERT INTO "latest_metrics" VALUES('test/vqa_accuracy',76.2,1796224036596,100,0,'60e45c4d1e0d4f67af6c4c1861bbfd69');
INSERT INTO "latest_metrics" VALUES('test/vqa_accuracy_unrounded',76.2,1796224036596,100,0,'60e45c4d1e0d4f67af6c4c1861bbfd69');
INSERT INTO "latest_metrics" VALUES('test/vqa_accuracy/yes/no',79.83,1796224036596,100,0,'60e45c4d1e0d4f67af6c4c1861bbfd69');
INSERT INTO "latest_metrics" VALUES('test/vqa_accuracy_unrounded/yes/no',7.98270893371757921368e+01,1796224036596,100,0,'60e45c4d1e0d4f67af6c4c1861bbfd69');
INSERT INTO "latest_metrics" VALUES('test/vqa_accuracy/question_type/yes/no',79.83,1796224036596,100,0,'60e45c4d1e0d4f67af6c4c1861bbfd69');
INSERT INTO "latest_metrics" VALUES('test/vqa_accuracy_unrounded/question_type/yes/no',7.98270893371757921368e+01,1796224036596,100,0,'60e45c4d1e0d4f67af6c4c1861bbfd69');
INSERT INTO "latest_metrics" VALUES('test/vqa_accuracy/other',67.97,1796224036596,100,0,'60e45c4d1e0d4f67af6c4c1861bbfd69');
INSERT INTO "latest_metrics" VALUES('test/vqa_accuracy_unrounded/other',6.7973856209150326892e+01,1796224036596,100,0,'60e45c4d1e0d4f67af6c4c1861bbfd69');
INSERT INTO "latest_metrics" VALUES('test/vqa_accuracy/question_type/shape',98.7,1796224036596,100,0,'60e45c4d1e0d4f67af6c4c1861bbfd69');
INSERT INTO "latest_metrics" VALUES('test/vqa_accuracy_unrounded/question_type/shape',98.7012987012987,1796224036596,100,0,'60e45c4d1e0d4f67af6c4c1861bbfd69');
INSERT INTO "latest_metrics" VALUES('test/vqa_accuracy/question_type/color',36.84,1796224036596,100,0,'60e45c4d1e0d4f67af6c4c1861bbfd69');
INSERT INTO "latest_metrics" VALUES('test/vqa_accuracy_unrounded/question_type/color',36.8421052631579,1796224036596,100,0,'60e45c4d1e0d4f67af6c4c1861bbfd69');
INSERT INTO "latest_metrics" VALUES('time/features_s',6.89604407499973603989e+00,1796224036596,100,0,'60e45c4d1e0d4f67af6c4c1861bbfd69');
INSERT INTO "latest_metrics" VALUES('time/lm_load_s',1.31492750899997190572e+00,1796224036596,100,0,'60e45c4d1e0d4f67af6c4c1861bbfd69');
INSERT INTO "latest_metrics" VALUES('time/train_s',3.23526802561998920275e+02,1796224036596,100,0,'60e45c4d1e0d4f67af6c4c1861bbfd69');
INSERT INTO "latest_metrics" VALUES('time/train_step_s',3.22923429549491336487e+00,1796224036596,100,0,'60e45c4d1e0d4f67af6c4c1861bbfd69');
INSERT INTO "latest_metrics" VALUES('time/eval_s',87.0525637970004,1796224036596,100,0,'60e45c4d1e0d4f67af6c4c1861bbfd69');
INSERT INTO "latest_metrics" VALUES('time/eval_example_s',1.74105127594000819168e-01,1796224036596,100,0,'60e45c4d1e0d4f67af6c4c1861bbfd69');
INSERT INTO "latest_metrics" VALUES('time/total_s',4.19618359251999208927e+02,1796224036596,100,0,'60e45c4d1e0d4f67af6c4c1861bbfd69');
INSERT INTO "latest_metrics" VALUES('test/vqa_accuracy',66.6,1796224065858,100,0,'252df570dbc942f79f086793a35b3fe3');
INSERT INTO "latest_metrics" VALUES('test/vqa_accuracy_unrounded',66.6,1796224065858,100,0,'252df570dbc942f79f086793a35b3fe3');
INSERT INTO "latest_metrics" VALUES('test/vqa_accuracy/yes/no',73.2,1796224065858,100,0,'252df570dbc942f79f086793a35b3fe3');
INSERT INTO "latest_metrics" VALUES('test/vqa_accuracy_unrounded/yes/no',7.31988472622478383291e+01,1796224065858,100,0,'252df570dbc942f79f086793a35b3fe3');
INSERT INTO "latest_metrics" VALUES('test/vqa_accuracy/question_type/yes/no',73.2,1796224065858,100,0,'252df570dbc942f79f086793a35b3fe3');
INSERT INTO "latest_metrics" VALUES('test/vqa_accuracy_unrounded/question_type/yes/no',7.31988472622478383291e+01,1796224065858,100,0,'252df570dbc942f79f086793a35b3fe3');
INSERT INTO "latest_metrics" VALUES('test/vqa_accuracy/other',51.63,1796224065858,100,0,'252df570dbc942f79f086793a35b3fe3');
INSERT INTO "latest_metrics" VALUES('test/vqa_accuracy_unrounded/other',5.1633986928104576462e+01,1796224065858,100,0,'252df570dbc942f79f086793a35b3fe3');
INSERT INTO "latest_metrics" VALUES('test/vqa_accuracy/question_type/shape',87.01,1796224065858,100,0,'252df570dbc942f79f086793a35b3fe3');
INSERT INTO "latest_metrics" VALUES('test/vqa_accuracy_unrounded/question_type/shape',8.70129870129870113242e+01,1796224065858,100,0,'252df570dbc942f79f086793a35b3fe3');
INSERT INTO "latest_metrics" VALUES('test/vqa_accuracy/question_type/color',15.79,1796224065858,100,0,'252df570dbc942f79f086793a35b3fe3');
INSERT INTO "latest_metrics" VALUES('test/vqa_accuracy_unrounded/question_type/color',1.57894736842105256613e+01,1796224065858,100,0,'252df570dbc942f79f086793a35b3fe3');
INSERT INTO "latest_metrics" VALUES('time/features_s',1.46666700700006913393e+00,1796224065858,100,0,'252df570dbc942f79f086793a35b3fe3');
INSERT INTO "latest_metrics" VALUES('time/lm_load_s',5.9682208300000638701e-01,1796224065858,100,0,'252df570dbc942f79f086793a35b3fe3');
INSERT INTO "latest_metrics" VALUES('time/train_s',3.48373876378000204559e+02,1796224065858,100,0,'252df570dbc942f79f086793a35b3fe3');
INSERT INTO "latest_metrics" VALUES('time/train_step_s',3.48775124834344651958e+00,1796224065858,100,0,'252df570dbc942f79f086793a35b3fe3');
INSERT INTO "latest_metrics" VALUES('time/eval_s',1.18560129510999104243e+02,1796224065858,100,0,'252df570dbc942f79f086793a35b3fe3');
INSERT INTO "latest_metrics" VALUES('time/eval_example_s',2.37120259021998208703e-01,1796224065858,100,0,'252df570dbc942f79f086793a35b3fe3');
INSERT INTO "latest_metrics" VALUES('time/total_s',4.69423194365001108943e+02,1796224065858,100,0,'252df570dbc942f79f086793a35b3fe3');
INSERT INTO "latest_metrics" VALUES('ood/easy-vqa/gaussian_noise-3/vqa_accuracy',65.2,1796224129990,0,0,'60e45c4d1e0d4f67af6c4c1861bbfd69');
INSERT INTO "latest_metrics" VALUES('ima/ima',6.85786452583518335579e-01,1796224167024,0,0,'60e45c4d1e0d4f67af6c4c1861bbfd69');
INSERT INTO "latest_metrics" VALUES('ima/ima0',-1.95103789689058250249e-04,1796224167024,0,0,'60e45c4d1e0d4f67af6c4c1861bbfd69');
INSERT INTO "latest_metrics" VALUES('ima/matched',0.686429912751753,1796224167024,0,0,'60e45c4d1e0d4f67af6c4c1861bbfd69');
INSERT INTO "latest_metrics" VALUES('ima/pp',9.9646519342492823057e-01,1796224167024,0,0,'60e45c4d1e0d4f67af6c4c1861bbfd69');
INSERT INTO "latest_metrics" VALUES('ima/tt',9.64217400322421314129e-01,1796224167024,0,0,'60e45c4d1e0d4f67af6c4c1861bbfd69');
INSERT INTO "latest_metrics" VALUES('params/trainable',8212544.0,1796224171565,0,0,'4efbbaa0574047d786a4a5dd69c00571');
INSERT INTO "latest_metrics" VALUES('params/lm',134515008.0,1796224171565,0,0,'4efbbaa0574047d786a4a5dd69c00571');
INSERT INTO "latest_metrics" VALUES('ood/easy-vqa/gaussian_noise-3/vqa_accuracy',51.6,1796224185076,0,0,'252df570dbc942f79f086793a35b3fe3');
INSERT INTO "latest_metrics" VALUES('train/loss',4.45552706718444824218e-01,1796224489040,100,0,'4efbbaa0574047d786a4a5dd69c00571');
INSERT INTO "latest_metrics" VALUES('train/lr',1.0e-05,1796224489040,100,0,'4efbbaa0574047d786a4a5dd69c00571');
INSERT INTO "latest_metrics" VALUES('ima/ima',6.6978428908549059173e-01,1796224247078,0,0,'252df570dbc942f79f086793a35b3fe3');
INSERT INTO "latest_metrics" VALUES('ima/ima0',4.66399040273779222354e-02,1796224247078,0,0,'252df570dbc942f79f086793a35b3fe3');
INSERT INTO "latest_metrics" VALUES('ima/matched',6.71585789845352443272e-01,1796224247078,0,0,'252df570dbc942f79f086793a35b3fe3');
INSERT INTO "latest_metrics" VALUES('ima/pp',9.87138819692781277481e-01,1796224247078,0,0,'252df570dbc942f79f086793a35b3fe3');
INSERT INTO "latest_metrics" VALUES('ima/tt',9.60757862359041259203e-01,1796224247078,0,0,'252df570dbc942f79f086793a35b3fe3');
INSERT INTO "latest_metrics" VALUES('params/trainable',2076480.0,1796224250809,0,0,'f9059996ff6b4dbebb53d2327b690220');
INSERT INTO "latest_metrics" VALUES('params/lm',134515008.0,1796224250809,0,0,'f9059996ff6b4dbebb53d2327b690220');
INSERT INTO "latest_metrics" VALUES('train/loss',5.55345118045806884765e-01,1796224586237,100,0,'f9059996ff6b4dbebb53d2327b690220');
INSERT INTO "latest_metrics" VALUES('train/lr',1.0e-05,1796224586237,100,0,'f9059996ff6b4dbebb53d2327b690220');
INSERT INTO "latest_metrics" VALUES('test/vqa_accuracy',65.8,1796224562019,100,0,'4efbbaa0574047d786a4a5dd69c00571');
INSERT INTO "latest_metrics" VALUES('test/vqa_accuracy_unrounded',65.8,1796224562019,100,0,'4efbbaa0574047d786a4a5dd69c00571');
INSERT INTO "latest_metrics" VALUES('test/vqa_accuracy/yes/no',71.18,1796224562019,100,0,'4efbbaa0574047d786a4a5dd69c00571');
INSERT INTO "latest_metrics" VALUES('test/vqa_accuracy_unrounded/yes/no',7.11815561959654132797e+01,1796224562019,100,0,'4efbbaa0574047d786a4a5dd69c00571');
INSERT INTO "latest_metrics" VALUES('test/vqa_accuracy/question_type/yes/no',71.18,1796224562019,100,0,'4efbbaa0574047d786a4a5dd69c00571');
INSERT INTO "latest_metrics" VALUES('test/vqa_accuracy_unrounded/question_type/yes/no',7.11815561959654132797e+01,1796224562019,100,0,'4efbbaa0574047d786a4a5dd69c00571');
INSERT INTO "latest_metrics" VALUES('test/vqa_accuracy/other',53.59,1796224562019,100,0,'4efbbaa0574047d786a4a5dd69c00571');
INSERT INTO "latest_metrics" VALUES('test/vqa_accuracy_unrounded/other',5.35947712418300668e+01,1796224562019,100,0,'4efbbaa0574047d786a4a5dd69c00571');
INSERT INTO "latest_metrics" VALUES('test/vqa_accuracy/question_type/shape',87.01,1796224562019,100,0,'4efbbaa0574047d786a4a5dd69c00571');
INSERT INTO "latest_metrics" VALUES('test/vqa_accuracy_unrounded/question_type/shape',8.70129870129870113242e+01,1796224562019,100,0,'4efbbaa0574047d786a4a5dd69c00571');
INSERT INTO "latest_metrics" VALUES('test/vqa_accuracy/question_type/color',19.74,1796224562019,100,0,'4efbbaa0574047d786a4a5dd69c00571');
INSERT INTO "latest_metrics" VALUES('test/vqa_accuracy_unrounded/question_type/color',1.97368421052631575207e+01,1796224562019,100,0,'4efbbaa0574047d786a4a5dd69c00571');
INSERT INTO "latest_metrics" VALUES('time/features_s',3.29306203399937658105e+00,1796224562019,100,0,'4efbbaa0574047d786a4a5dd69c00571');
INSERT INTO "latest_metrics" VALUES('time/lm_load_s',2.65516774999923654831e-01,1796224562019,100,0,'4efbbaa0574047d786a4a5dd69c00571');
INSERT INTO "latest_metrics" VALUES('time/train_s',3.17679860230000485907e+02,1796224562019,100,0,'4efbbaa0574047d786a4a5dd69c00571');
INSERT INTO "latest_metrics" VALUES('time/train_step_s',3.15717753974758741364e+00,1796224562019,100,0,'4efbbaa0574047d786a4a5dd69c00571');
INSERT INTO "latest_metrics" VALUES('time/eval_s',7.27231489719997625797e+01,1796224562019,100,0,'4efbbaa0574047d786a4a5dd69c00571');
INSERT INTO "latest_metrics" VALUES('time/eval_example_s',1.45446297943999519608e-01,1796224562019,100,0,'4efbbaa0574047d786a4a5dd69c00571');
INSERT INTO "latest_metrics" VALUES('time/total_s',3.94673423676000311392e+02,1796224562019,100,0,'4efbbaa0574047d786a4a5dd69c00571');
INSERT INTO "latest_metrics" VALUES('ood/easy-vqa/gaussian_noise-3/vqa_accuracy',58.4,1796224620121,0,0,'4efbbaa0574047d786a4a5dd69c00571');
INSERT INTO "latest_metrics" VALUES('ima/ima',6.71975142062494756878e-01,1796224647380,0,0,'4efbbaa0574047d786a4a5dd69c00571');
INSERT INTO "latest_metrics" VALUES('ima/ima0',4.35125750633050673021e-02,1796224647380,0,0,'4efbbaa0574047d786a4a5dd69c00571');
INSERT INTO "latest_metrics" VALUES('ima/matched',6.72208970518466397692e-01,1796224647380,0,0,'4efbbaa0574047d786a4a5dd69c00571');
INSERT INTO "latest_metrics" VALUES('ima/pp',9.98301796870251112459e-01,1796224647380,0,0,'4efbbaa0574047d786a4a5dd69c00571');
INSERT INTO "latest_metrics" VALUES('ima/tt',9.66057780401266552594e-01,1796224647380,0,0,'4efbbaa0574047d786a4a5dd69c00571');
INSERT INTO "latest_metrics" VALUES('params/trainable',1071360.0,1796224654010,0,0,'9bd90e3f9cce4624893e77671d7193d5');
INSERT INTO "latest_metrics" VALUES('params/lm',134515008.0,1796224654010,0,0,'9bd90e3f9cce4624893e77671d7193d5');
INSERT INTO "latest_metrics" VALUES('test/vqa_accuracy',73.2,1796224662981,100,0,'f9059996ff6b4dbebb53d2327b690220');
INSERT INTO "latest_metrics" VALUES('test/vqa_accuracy_unrounded',73.2,1796224662981,100,0,'f9059996ff6b4dbebb53d2327b690220');
INSERT INTO "latest_metrics" VALUES('test/vqa_accuracy/yes/no',79.25,1796224662981,100,0,'f9059996ff6b4dbebb53d2327b690220');
INSERT INTO "latest_metrics" VALUES('test/vqa_accuracy_unrounded/yes/no',79.2507204610951,1796224662981,100,0,'f9059996ff6b4dbebb53d2327b690220');
INSERT INTO "latest_metrics" VALUES('test/vqa_accuracy/question_type/yes/no',79.25,1796224662981,100,0,'f9059996ff6b4dbebb53d2327b690220');
INSERT INTO "latest_metrics" VALUES('test/vqa_accuracy_unrounded/question_type/yes/no',79.2507204610951,1796224662981,100,0,'f9059996ff6b4dbebb53d2327b690220');
INSERT INTO "latest_metrics" VALUES('test/vqa_accuracy/other',59.48,1796224662981,100,0,'f9059996ff6b4dbebb53d2327b690220');
INSERT INTO "latest_metrics" VALUES('test/vqa_accuracy_unrounded/other',5.94771241830065378053e+01,1796224662981,100,0,'f9059996ff6b4dbebb53d2327b690220');
INSERT INTO "latest_metrics" VALUES('test/vqa_accuracy/question_type/shape',96.1,1796224662981,100,0,'f9059996ff6b4dbebb53d2327b690220');
INSERT INTO "latest_metrics" VALUES('test/vqa_accuracy_unrounded/question_type/shape',96.1038961038961,1796224662981,100,0,'f9059996ff6b4dbebb53d2327b690220');
INSERT INTO "latest_metrics" VALUES('test/vqa_accuracy/question_type/color',22.37,1796224662981,100,0,'f9059996ff6b4dbebb53d2327b690220');
INSERT INTO "latest_metrics" VALUES('test/vqa_accuracy_unrounded/question_type/color',2.23684210526315787595e+01,1796224662981,100,0,'f9059996ff6b4dbebb53d2327b690220');
INSERT INTO "latest_metrics" VALUES('time/features_s',2.06793472000026667956e+00,1796224662981,100,0,'f9059996ff6b4dbebb53d2327b690220');
INSERT INTO "latest_metrics" VALUES('time/lm_load_s',2.49990829001035308465e-01,1796224662981,100,0,'f9059996ff6b4dbebb53d2327b690220');
INSERT INTO "latest_metrics" VALUES('time/train_s',3.35478653749998557021e+02,1796224662981,100,0,'f9059996ff6b4dbebb53d2327b690220');
INSERT INTO "latest_metrics" VALUES('time/train_step_s',3.34173965897980895789e+00,1796224662981,100,0,'f9059996ff6b4dbebb53d2327b690220');
INSERT INTO "latest_metrics" VALUES('time/eval_s',7.6658934333998331569e+01,1796224662981,100,0,'f9059996ff6b4dbebb53d2327b690220');
INSERT INTO "latest_metrics" VALUES('time/eval_example_s',1.5331786866799665403e-01,1796224662981,100,0,'f9059996ff6b4dbebb53d2327b690220');
INSERT INTO "latest_metrics" VALUES('time/total_s',4.15588463206999222162e+02,1796224662981,100,0,'f9059996ff6b4dbebb53d2327b690220');
INSERT INTO "latest_metrics" VALUES('train/loss',3.25663238763809204101e-01,1796224827779,100,0,'9bd90e3f9cce4624893e77671d7193d5');
INSERT INTO "latest_metrics" VALUES('train/lr',1.0e-05,1796224827779,100,0,'9bd90e3f9cce4624893e77671d7193d5');
INSERT INTO "latest_metrics" VALUES('ood/easy-vqa/gaussian_noise-3/vqa_accuracy',62.6,1796224755117,0,0,'f9059996ff6b4dbebb53d2327b690220');
INSERT INTO "latest_metrics" VALUES('ima/ima',6.92277878094204490722e-01,1796224801525,0,0,'f9059996ff6b4dbebb53d2327b690220');
INSERT INTO "latest_metrics" VALUES('ima/ima0',6.81893823490889589011e-02,1796224801525,0,0,'f9059996ff6b4dbebb53d2327b690220');
INSERT INTO "latest_metrics" VALUES('ima/matched',6.92599442773379814219e-01,1796224801525,0,0,'f9059996ff6b4dbebb53d2327b690220');
INSERT INTO "latest_metrics" VALUES('ima/pp',9.98266965261013106136e-01,1796224801525,0,0,'f9059996ff6b4dbebb53d2327b690220');
INSERT INTO "latest_metrics" VALUES('ima/tt',9.6280500305272909145e-01,1796224801525,0,0,'f9059996ff6b4dbebb53d2327b690220');
INSERT INTO "latest_metrics" VALUES('params/trainable',8450496.0,1796225022540,0,0,'df8d9f2e2e4d4b9b8d9fbabb46dcc079');
INSERT INTO "latest_metrics" VALUES('params/lm',134515008.0,1796225022540,0,0,'df8d9f2e2e4d4b9b8d9fbabb46dcc079');
INSERT INTO "latest_metrics" VALUES('train/loss',7.15000689029693603515e-01,1796225117333,30,0,'df8d9f2e2e4d4b9b8d9fbabb46dcc079');
INSERT INTO "latest_metrics" VALUES('train/lr',2.6607644425225175774e-04,1796225117333,30,0,'df8d9f2e2e4d4b9b8d9fbabb46dcc079');
INSERT INTO "latest_metrics" VALUES('test/vqa_accuracy',73.2,1796224886817,100,0,'9bd90e3f9cce4624893e77671d7193d5');
INSERT INTO "latest_metrics" VALUES('test/vqa_accuracy_unrounded',73.2,1796224886817,100,0,'9bd90e3f9cce4624893e77671d7193d5');
INSERT INTO "latest_metrics" VALUES('test/vqa_accuracy/yes/no',77.52,1796224886817,100,0,'9bd90e3f9cce4624893e77671d7193d5');
INSERT INTO "latest_metrics" VALUES('test/vqa_accuracy_unrounded/yes/no',7.75216138328530206518e+01,1796224886817,100,0,'9bd90e3f9cce4624893e77671d7193d5');
INSERT INTO "latest_metrics" VALUES('test/vqa_accuracy/question_type/yes/no',77.52,1796224886817,100,0,'9bd90e3f9cce4624893e77671d7193d5');
INSERT INTO "latest_metrics" VALUES('test/vqa_accuracy_unrounded/question_type/yes/no',7.75216138328530206518e+01,1796224886817,100,0,'9bd90e3f9cce4624893e77671d7193d5');
INSERT INTO "latest_metrics" VALUES('test/vqa_accuracy/other',63.4,1796224886817,100,0,'9bd90e3f9cce4624893e77671d7193d5');
INSERT INTO "latest_metrics" VALUES('test/vqa_accuracy_unrounded/other',6.3398692810457518477e+01,1796224886817,100,0,'9bd90e3f9cce4624893e77671d7193d5');
INSERT INTO "latest_metrics" VALUES('test/vqa_accuracy/question_type/shape',100.0,1796224886817,100,0,'9bd90e3f9cce4624893e77671d7193d5');
INSERT INTO "latest_metrics" VALUES('test/vqa_accuracy_unrounded/question_type/shape',100.0,1796224886817,100,0,'9bd90e3f9cce4624893e77671d7193d5');
INSERT INTO "latest_metrics" VALUES('test/vqa_accuracy/question_type/color',26.32,1796224886817,100,0,'9bd90e3f9cce4624893e77671d7193d5');
INSERT INTO "latest_metrics" VALUES('test/vqa_accuracy_unrounded/question_type/color',2.63157894736842088443e+01,1796224886817,100,0,'9bd90e3f9cce4624893e77671d7193d5');
INSERT INTO "latest_metrics" VALUES('time/features_s',5.31537551100154814776e+00,1796224886817,100,0,'9bd90e3f9cce4624893e77671d7193d5');
INSERT INTO "latest_metrics" VALUES('time/lm_load_s',1.63502772000356344506e-01,1796224886817,100,0,'9bd90e3f9cce4624893e77671d7193d5');
INSERT INTO "latest_metrics" VALUES('time/train_s',1.73827802126999813488e+02,1796224886817,100,0,'9bd90e3f9cce4624893e77671d7193d5');
INSERT INTO "latest_metrics" VALUES('time/train_step_s',1.73795619560609559961e+00,1796224886817,100,0,'9bd90e3f9cce4624893e77671d7193d5');
INSERT INTO "latest_metrics" VALUES('time/eval_s',5.89581222940014413333e+01,1796224886817,100,0,'9bd90e3f9cce4624893e77671d7193d5');
INSERT INTO "latest_metrics" VALUES('time/eval_example_s',1.17916244588002885884e-01,1796224886817,100,0,'9bd90e3f9cce4624893e77671d7193d5');
INSERT INTO "latest_metrics" VALUES('time/total_s',2.39222486529999514462e+02,1796224886817,100,0,'9bd90e3f9cce4624893e77671d7193d5');
INSERT INTO "latest_metrics" VALUES('ood/easy-vqa/gaussian_noise-3/vqa_accuracy',67.4,1796225000870,0,0,'9bd90e3f9cce4624893e77671d7193d5');
INSERT INTO "latest_metrics" VALUES('ima/ima',6.09656810712321695078e-01,1796225019368,0,0,'9bd90e3f9cce4624893e77671d7193d5');
INSERT INTO "latest_metrics" VALUES('ima/ima0',7.46441827341913083371e-02,1796225019368,0,0,'9bd90e3f9cce4624893e77671d7193d5');
INSERT INTO "latest_metrics" VALUES('ima/matched',6.1018038195939938717e-01,1796225019368,0,0,'9bd90e3f9cce4624893e77671d7193d5');
INSERT INTO "latest_metrics" VALUES('ima/pp',9.9649044218459148503e-01,1796225019368,0,0,'9bd90e3f9cce4624893e77671d7193d5');
INSERT INTO "latest_metrics" VALUES('ima/tt',9.62599947901262131821e-01,1796225019368,0,0,'9bd90e3f9cce4624893e77671d7193d5');
INSERT INTO "latest_metrics" VALUES('ood/easy-vqa/gaussian_noise-3/vqa_accuracy',73.6,1796225021398,0,0,'deee6bc48cf64816a4763304ac12d040');
INSERT INTO "latest_metrics" VALUES('train/grad_norm',6.45425939559936523437e+00,1796225117333,30,0,'df8d9f2e2e4d4b9b8d9fbabb46dcc079');
INSERT INTO "latest_metrics" VALUES('ima/ima',8.54281496655964311948e-01,1796225055775,0,0,'deee6bc48cf64816a4763304ac12d040');
INSERT INTO "latest_metrics" VALUES('ima/ima0',3.30063920132010885089e-02,1796225055775,0,0,'deee6bc48cf64816a4763304ac12d040');
INSERT INTO "latest_metrics" VALUES('ima/matched',8.49964573415796897926e-01,1796225055775,0,0,'deee6bc48cf64816a4763304ac12d040');
INSERT INTO "latest_metrics" VALUES('ima/pp',0.954438753324135,1796225055775,0,0,'deee6bc48cf64816a4763304ac12d040');
INSERT INTO "latest_metrics" VALUES('ima/tt',9.64399168109663529335e-01,1796225055775,0,0,'deee6bc48cf64816a4763304ac12d040');
INSERT INTO "latest_metrics" VALUES('params/trainable',7107088.0,1796225058432,0,0,'faefbc7d618f47f9a2173f5526ccda75');
INSERT INTO "latest_metrics" VALUES('params/lm',134515008.0,1796225058432,0,0,'faefbc7d618f47f9a2173f5526ccda75');
INSERT INTO "latest_metrics" VALUES('train/loss',4.49767738580703735351e-01,1796225139246,60,0,'faefbc7d618f47f9a2173f5526ccda75');
INSERT INTO "latest_metrics" VALUES('train/lr',1.29821014238295102385e-04,1796225139246,60,0,'faefbc7d618f47f9a2173f5526ccda75');
INSERT INTO "latest_metrics" VALUES('train/grad_norm',9.69404125213623,1796225139246,60,0,'faefbc7d618f47f9a2173f5526ccda75');
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
INSERT INTO "metrics" VALUES('params/trainable',670464.0,1796221265814,'91a59e87c43244f4ba1c5658c4136185',0,0);
INSERT INTO "metrics" VALUES('params/lm',134515008.0,1796221265814,'91a59e87c43244f4ba1c5658c4136185',0,0);
INSERT INTO "metrics" VALUES('train/loss',7.97620534896850585937e-01,1796221276729,'91a59e87c43244f4ba1c5658c4136185',10,0);
INSERT INTO "metrics" VALUES('train/lr',0.001,1796221276729,'91a59e87c43244f4ba1c5658c4136185',10,0);
INSERT INTO "metrics" VALUES('params/trainable',670464.0,1796221283509,'f4c3c31a06ef4340b452ca225eea0f26',0,0);
INSERT INTO "metrics" VALUES('params/lm',134515008.0,1796221283509,'f4c3c31a06ef4340b452ca225eea0f26',0,0);
INSERT INTO "metrics" VALUES('train/loss',4.10279631614685058593e-01,1796221287272,'91a59e87c43244f4ba1c5658c4136185',20,0);
INSERT INTO "metrics" VALUES('train/lr',9.70147847289024728434e-04,1796221287272,'91a59e87c43244f4ba1c5658c4136185',20,0);
INSERT INTO "metrics" VALUES('train/loss',1.12896740436553955078e+00,1796221295730,'f4c3c31a06ef4340b452ca225eea0f26',10,0);
INSERT INTO "metrics" VALUES('train/lr',0.003,1796221295730,'f4c3c31a06ef4340b452ca225eea0f26',10,0);
INSERT INTO "metrics" VALUES('train/loss',0.727958619594574,1796221297640,'91a59e87c43244f4ba1c5658c4136185',30,0);
INSERT INTO "metrics" VALUES('train/lr',8.84191999343894086994e-04,1796221297640,'91a59e87c43244f4ba1c5658c4136185',30,0);
INSERT INTO "metrics" VALUES('train/loss',2.99698859453201293945e-01,1796221308760,'f4c3c31a06ef4340b452ca225eea0f26',20,0);
INSERT INTO "metrics" VALUES('train/lr',2.90984046807493288919e-03,1796221308760,'f4c3c31a06ef4340b452ca225eea0f26',20,0);
INSERT INTO "metrics" VALUES('train/loss',8.21846485137939453125e-01,1796221309578,'91a59e87c43244f4ba1c5658c4136185',40,0);
INSERT INTO "metrics" VALUES('train/lr',7.52499999999999913749e-04,1796221309578,'91a59e87c43244f4ba1c5658c4136185',40,0);
INSERT INTO "metrics" VALUES('train/loss',8.22421193122863769531e-01,1796221319953,'91a59e87c43244f4ba1c5658c4136185',50,0);
INSERT INTO "metrics" VALUES('train/lr',5.90955847945130556542e-04,1796221319953,'91a59e87c43244f4ba1c5658c4136185',50,0);
INSERT INTO "metrics" VALUES('train/loss',1.28794565796852111816e-01,1796221320312,'f4c3c31a06ef4340b452ca225eea0f26',30,0);
INSERT INTO "metrics" VALUES('train/lr',2.65023644246287215509e-03,1796221320312,'f4c3c31a06ef4340b452ca225eea0f26',30,0);
INSERT INTO "metrics" VALUES('train/loss',3.43127697706222534179e-01,1796221330170,'91a59e87c43244f4ba1c5658c4136185',60,0);
INSERT INTO "metrics" VALUES('train/lr',4.19044152054869490503e-04,1796221330170,'91a59e87c43244f4ba1c5658c4136185',60,0);
INSERT INTO "metrics" VALUES('train/loss',4.19225066900253295898e-01,1796221332648,'f4c3c31a06ef4340b452ca225eea0f26',40,0);
INSERT INTO "metrics" VALUES('train/lr',0.0022525,1796221332648,'f4c3c31a06ef4340b452ca225eea0f26',40,0);
INSERT INTO "metrics" VALUES('train/loss',7.39692389965057373046e-01,1796221340579,'91a59e87c43244f4ba1c5658c4136185',70,0);
INSERT INTO "metrics" VALUES('train/lr',2.57500000000000133296e-04,1796221340579,'91a59e87c43244f4ba1c5658c4136185',70,0);
INSERT INTO "metrics" VALUES('train/loss',2.37855538725852966308e-01,1796221343996,'f4c3c31a06ef4340b452ca225eea0f26',50,0);
INSERT INTO "metrics" VALUES('train/lr',1.76460402561206121212e-03,1796221343996,'f4c3c31a06ef4340b452ca225eea0f26',50,0);
INSERT INTO "metrics" VALUES('train/loss',4.75969105958938598632e-01,1796221350711,'91a59e87c43244f4ba1c5658c4136185',80,0);
INSERT INTO "metrics" VALUES('train/lr',1.2580800065610596005e-04,1796221350711,'91a59e87c43244f4ba1c5658c4136185',80,0);
INSERT INTO "metrics" VALUES('train/loss',1.87343746423721313476e-01,1796221355366,'f4c3c31a06ef4340b452ca225eea0f26',60,0);
INSERT INTO "metrics" VALUES('train/lr',1.24539597438793931023e-03,1796221355366,'f4c3c31a06ef4340b452ca225eea0f26',60,0);
INSERT INTO "metrics" VALUES('train/loss',6.23605549335479736328e-01,1796221360927,'91a59e87c43244f4ba1c5658c4136185',90,0);
INSERT INTO "metrics" VALUES('train/lr',3.98521527109753863739e-05,1796221360927,'91a59e87c43244f4ba1c5658c4136185',90,0);
INSERT INTO "metrics" VALUES('train/loss',1.57785072922706604003e-01,1796221366856,'f4c3c31a06ef4340b452ca225eea0f26',70,0);
INSERT INTO "metrics" VALUES('train/lr',7.57500000000000360544e-04,1796221366856,'f4c3c31a06ef4340b452ca225eea0f26',70,0);
INSERT INTO "metrics" VALUES('train/loss',4.18271243572235107421e-01,1796221371143,'91a59e87c43244f4ba1c5658c4136185',100,0);
INSERT INTO "metrics" VALUES('train/lr',1.0e-05,1796221371143,'91a59e87c43244f4ba1c5658c4136185',100,0);
INSERT INTO "metrics" VALUES('train/loss',5.39791323244571685791e-02,1796221378517,'f4c3c31a06ef4340b452ca225eea0f26',80,0);
INSERT INTO "metrics" VALUES('train/lr',3.59763557537128042009e-04,1796221378517,'f4c3c31a06ef4340b452ca225eea0f26',80,0);
INSERT INTO "metrics" VALUES('train/loss',9.67251434922218322753e-02,1796221389857,'f4c3c31a06ef4340b452ca225eea0f26',90,0);
INSERT INTO "metrics" VALUES('train/lr',1.00159531925067063961e-04,1796221389857,'f4c3c31a06ef4340b452ca225eea0f26',90,0);
INSERT INTO "metrics" VALUES('test/vqa_accuracy',62.6,1796221400035,'91a59e87c43244f4ba1c5658c4136185',100,0);
INSERT INTO "metrics" VALUES('test/vqa_accuracy_unrounded',62.6,1796221400035,'91a59e87c43244f4ba1c5658c4136185',100,0);
INSERT INTO "metrics" VALUES('test/vqa_accuracy/yes/no',79.83,1796221400035,'91a59e87c43244f4ba1c5658c4136185',100,0);
INSERT INTO "metrics" VALUES('test/vqa_accuracy_unrounded/yes/no',7.98270893371757921368e+01,1796221400035,'91a59e87c43244f4ba1c5658c4136185',100,0);
INSERT INTO "metrics" VALUES('test/vqa_accuracy/question_type/yes/no',79.83,1796221400035,'91a59e87c43244f4ba1c5658c4136185',100,0);
INSERT INTO "metrics" VALUES('test/vqa_accuracy_unrounded/question_type/yes/no',7.98270893371757921368e+01,1796221400035,'91a59e87c43244f4ba1c5658c4136185',100,0);
INSERT INTO "metrics" VALUES('test/vqa_accuracy/other',23.53,1796221400035,'91a59e87c43244f4ba1c5658c4136185',100,0);
INSERT INTO "metrics" VALUES('test/vqa_accuracy_unrounded/other',2.35294117647058840256e+01,1796221400035,'91a59e87c43244f4ba1c5658c4136185',100,0);
INSERT INTO "metrics" VALUES('test/vqa_accuracy/question_type/shape',31.17,1796221400035,'91a59e87c43244f4ba1c5658c4136185',100,0);
INSERT INTO "metrics" VALUES('test/vqa_accuracy_unrounded/question_type/shape',3.11688311688311685547e+01,1796221400035,'91a59e87c43244f4ba1c5658c4136185',100,0);
INSERT INTO "metrics" VALUES('test/vqa_accuracy/question_type/color',15.79,1796221400035,'91a59e87c43244f4ba1c5658c4136185',100,0);
INSERT INTO "metrics" VALUES('test/vqa_accuracy_unrounded/question_type/color',1.57894736842105256613e+01,1796221400035,'91a59e87c43244f4ba1c5658c4136185',100,0);
INSERT INTO "metrics" VALUES('time/lm_load_s',2.33484139000211143866e-01,1796221400035,'91a59e87c43244f4ba1c5658c4136185',100,0);
INSERT INTO "metrics" VALUES('time/train_s',1.05348976088000199522e+02,1796221400035,'91a59e87c43244f4ba1c5658c4136185',100,0);
INSERT INTO "metrics" VALUES('time/train_step_s',1.04835717654550708566e+00,1796221400035,'91a59e87c43244f4ba1c5658c4136185',100,0);
INSERT INTO "metrics" VALUES('time/eval_s',2.88494423690008261473e+01,1796221400035,'91a59e87c43244f4ba1c5658c4136185',100,0);
INSERT INTO "metrics" VALUES('time/eval_example_s',5.76988847380016517396e-02,1796221400035,'91a59e87c43244f4ba1c5658c4136185',100,0);
INSERT INTO "metrics" VALUES('time/total_s',1.35244449810999867623e+02,1796221400035,'91a59e87c43244f4ba1c5658c4136185',100,0);
INSERT INTO "metrics" VALUES('train/loss',8.59057158231735229492e-02,1796221401275,'f4c3c31a06ef4340b452ca225eea0f26',100,0);
INSERT INTO "metrics" VALUES('train/lr',1.0e-05,1796221401275,'f4c3c31a06ef4340b452ca225eea0f26',100,0);
INSERT INTO "metrics" VALUES('ood/easy-vqa/gaussian_noise-3/vqa_accuracy',62.6,1796221430574,'91a59e87c43244f4ba1c5658c4136185',0,0);
INSERT INTO "metrics" VALUES('params/trainable',1839744.0,1796221436545,'3f3d9be47c2244c0b2dbbfb00659b27e',0,0);
INSERT INTO "metrics" VALUES('params/lm',134515008.0,1796221436545,'3f3d9be47c2244c0b2dbbfb00659b27e',0,0);
INSERT INTO "metrics" VALUES('test/vqa_accuracy',92.0,1796221438546,'f4c3c31a06ef4340b452ca225eea0f26',100,0);
INSERT INTO "metrics" VALUES('test/vqa_accuracy_unrounded',92.0,1796221438546,'f4c3c31a06ef4340b452ca225eea0f26',100,0);
INSERT INTO "metrics" VALUES('test/vqa_accuracy/yes/no',88.76,1796221438546,'f4c3c31a06ef4340b452ca225eea0f26',100,0);
INSERT INTO "metrics" VALUES('test/vqa_accuracy_unrounded/yes/no',8.87608069164265174339e+01,1796221438546,'f4c3c31a06ef4340b452ca225eea0f26',100,0);
INSERT INTO "metrics" VALUES('test/vqa_accuracy/question_type/yes/no',88.76,1796221438546,'f4c3c31a06ef4340b452ca225eea0f26',100,0);
INSERT INTO "metrics" VALUES('test/vqa_accuracy_unrounded/question_type/yes/no',8.87608069164265174339e+01,1796221438546,'f4c3c31a06ef4340b452ca225eea0f26',100,0);
INSERT INTO "metrics" VALUES('test/vqa_accuracy/other',99.35,1796221438546,'f4c3c31a06ef4340b452ca225eea0f26',100,0);
INSERT INTO "metrics" VALUES('test/vqa_accuracy_unrounded/other',9.93464052287581722566e+01,1796221438546,'f4c3c31a06ef4340b452ca225eea0f26',100,0);
INSERT INTO "metrics" VALUES('test/vqa_accuracy/question_type/shape',98.7,1796221438546,'f4c3c31a06ef4340b452ca225eea0f26',100,0);
INSERT INTO "metrics" VALUES('test/vqa_accuracy_unrounded/question_type/shape',98.7012987012987,1796221438546,'f4c3c31a06ef4340b452ca225eea0f26',100,0);
INSERT INTO "metrics" VALUES('test/vqa_accuracy/question_type/color',100.0,1796221438546,'f4c3c31a06ef4340b452ca225eea0f26',100,0);
INSERT INTO "metrics" VALUES('test/vqa_accuracy_unrounded/question_type/color',100.0,1796221438546,'f4c3c31a06ef4340b452ca225eea0f26',100,0);
INSERT INTO "metrics" VALUES('time/lm_load_s',2.7026906300125119742e-01,1796221438546,'f4c3c31a06ef4340b452ca225eea0f26',100,0);
INSERT INTO "metrics" VALUES('time/train_s',1.17784568651000881795e+02,1796221438546,'f4c3c31a06ef4340b452ca225eea0f26',100,0);
INSERT INTO "metrics" VALUES('time/train_step_s',1.17243467080811791802e+00,1796221438546,'f4c3c31a06ef4340b452ca225eea0f26',100,0);
INSERT INTO "metrics" VALUES('time/eval_s',3.72311855259995354576e+01,1796221438546,'f4c3c31a06ef4340b452ca225eea0f26',100,0);
INSERT INTO "metrics" VALUES('time/eval_example_s',7.44623710519990711365e-02,1796221438546,'f4c3c31a06ef4340b452ca225eea0f26',100,0);
INSERT INTO "metrics" VALUES('time/total_s',1.56142750262999470576e+02,1796221438546,'f4c3c31a06ef4340b452ca225eea0f26',100,0);
INSERT INTO "metrics" VALUES('train/loss',9.21034455299377441406e-01,1796221446997,'3f3d9be47c2244c0b2dbbfb00659b27e',10,0);
INSERT INTO "metrics" VALUES('train/lr',0.001,1796221446997,'3f3d9be47c2244c0b2dbbfb00659b27e',10,0);
INSERT INTO "metrics" VALUES('train/loss',0.61236172914505,1796221457630,'3f3d9be47c2244c0b2dbbfb00659b27e',20,0);
INSERT INTO "metrics" VALUES('train/lr',9.70147847289024728434e-04,1796221457630,'3f3d9be47c2244c0b2dbbfb00659b27e',20,0);
INSERT INTO "metrics" VALUES('train/loss',6.1004644632339477539e-01,1796221468312,'3f3d9be47c2244c0b2dbbfb00659b27e',30,0);
INSERT INTO "metrics" VALUES('train/lr',8.84191999343894086994e-04,1796221468312,'3f3d9be47c2244c0b2dbbfb00659b27e',30,0);
INSERT INTO "metrics" VALUES('ood/easy-vqa/gaussian_noise-3/vqa_accuracy',92.0,1796221476412,'f4c3c31a06ef4340b452ca225eea0f26',0,0);
INSERT INTO "metrics" VALUES('params/trainable',743616.0,1796221477875,'62d44e8065e445849f8aaaa5fe7bb96a',0,0);
INSERT INTO "metrics" VALUES('params/lm',134515008.0,1796221477875,'62d44e8065e445849f8aaaa5fe7bb96a',0,0);
INSERT INTO "metrics" VALUES('train/loss',7.98751354217529296875e-01,1796221479088,'3f3d9be47c2244c0b2dbbfb00659b27e',40,0);
INSERT INTO "metrics" VALUES('train/lr',7.52499999999999913749e-04,1796221479088,'3f3d9be47c2244c0b2dbbfb00659b27e',40,0);
INSERT INTO "metrics" VALUES('train/loss',1.08562064170837402343e+00,1796221488609,'62d44e8065e445849f8aaaa5fe7bb96a',10,0);
INSERT INTO "metrics" VALUES('train/lr',0.003,1796221488609,'62d44e8065e445849f8aaaa5fe7bb96a',10,0);
INSERT INTO "metrics" VALUES('train/loss',5.69851338863372802734e-01,1796221489922,'3f3d9be47c2244c0b2dbbfb00659b27e',50,0);
INSERT INTO "metrics" VALUES('train/lr',5.90955847945130556542e-04,1796221489922,'3f3d9be47c2244c0b2dbbfb00659b27e',50,0);
INSERT INTO "metrics" VALUES('train/loss',6.06460154056549072265e-01,1796221499704,'62d44e8065e445849f8aaaa5fe7bb96a',20,0);
INSERT INTO "metrics" VALUES('train/lr',2.90984046807493288919e-03,1796221499704,'62d44e8065e445849f8aaaa5fe7bb96a',20,0);
INSERT INTO "metrics" VALUES('train/loss',2.39704221487045288085e-01,1796221500667,'3f3d9be47c2244c0b2dbbfb00659b27e',60,0);
INSERT INTO "metrics" VALUES('train/lr',4.19044152054869490503e-04,1796221500667,'3f3d9be47c2244c0b2dbbfb00659b27e',60,0);
INSERT INTO "metrics" VALUES('train/loss',5.39080917835235595703e-01,1796221510537,'62d44e8065e445849f8aaaa5fe7bb96a',30,0);
INSERT INTO "metrics" VALUES('train/lr',2.65023644246287215509e-03,1796221510537,'62d44e8065e445849f8aaaa5fe7bb96a',30,0);
INSERT INTO "metrics" VALUES('train/loss',4.37538534402847290039e-01,1796221511638,'3f3d9be47c2244c0b2dbbfb00659b27e',70,0);
INSERT INTO "metrics" VALUES('train/lr',2.57500000000000133296e-04,1796221511638,'3f3d9be47c2244c0b2dbbfb00659b27e',70,0);
INSERT INTO "metrics" VALUES('train/loss',0.65745609998703,1796221521486,'62d44e8065e445849f8aaaa5fe7bb96a',40,0);
INSERT INTO "metrics" VALUES('train/lr',0.0022525,1796221521486,'62d44e8065e445849f8aaaa5fe7bb96a',40,0);
INSERT INTO "metrics" VALUES('train/loss',2.77540355920791625976e-01,1796221522436,'3f3d9be47c2244c0b2dbbfb00659b27e',80,0);
INSERT INTO "metrics" VALUES('train/lr',1.2580800065610596005e-04,1796221522436,'3f3d9be47c2244c0b2dbbfb00659b27e',80,0);
INSERT INTO "metrics" VALUES('train/loss',5.82118511199951171875e-01,1796221535800,'62d44e8065e445849f8aaaa5fe7bb96a',50,0);
INSERT INTO "metrics" VALUES('train/lr',1.76460402561206121212e-03,1796221535800,'62d44e8065e445849f8aaaa5fe7bb96a',50,0);
INSERT INTO "metrics" VALUES('train/loss',2.72445380687713623046e-01,1796221536427,'3f3d9be47c2244c0b2dbbfb00659b27e',90,0);
INSERT INTO "metrics" VALUES('train/lr',3.98521527109753863739e-05,1796221536427,'3f3d9be47c2244c0b2dbbfb00659b27e',90,0);
INSERT INTO "metrics" VALUES('train/loss',3.49945873022079467773e-01,1796221547966,'62d44e8065e445849f8aaaa5fe7bb96a',60,0);
INSERT INTO "metrics" VALUES('train/lr',1.24539597438793931023e-03,1796221547966,'62d44e8065e445849f8aaaa5fe7bb96a',60,0);
INSERT INTO "metrics" VALUES('train/loss',2.46408089995384216308e-01,1796221548979,'3f3d9be47c2244c0b2dbbfb00659b27e',100,0);
INSERT INTO "metrics" VALUES('train/lr',1.0e-05,1796221548979,'3f3d9be47c2244c0b2dbbfb00659b27e',100,0);
INSERT INTO "metrics" VALUES('train/loss',4.37716662883758544921e-01,1796221558882,'62d44e8065e445849f8aaaa5fe7bb96a',70,0);
INSERT INTO "metrics" VALUES('train/lr',7.57500000000000360544e-04,1796221558882,'62d44e8065e445849f8aaaa5fe7bb96a',70,0);
INSERT INTO "metrics" VALUES('train/loss',3.7258109450340270996e-01,1796221569458,'62d44e8065e445849f8aaaa5fe7bb96a',80,0);
INSERT INTO "metrics" VALUES('train/lr',3.59763557537128042009e-04,1796221569458,'62d44e8065e445849f8aaaa5fe7bb96a',80,0);
INSERT INTO "metrics" VALUES('train/loss',3.82243871688842773437e-01,1796221579884,'62d44e8065e445849f8aaaa5fe7bb96a',90,0);
INSERT INTO "metrics" VALUES('train/lr',1.00159531925067063961e-04,1796221579884,'62d44e8065e445849f8aaaa5fe7bb96a',90,0);
INSERT INTO "metrics" VALUES('test/vqa_accuracy',78.0,1796221580310,'3f3d9be47c2244c0b2dbbfb00659b27e',100,0);
INSERT INTO "metrics" VALUES('test/vqa_accuracy_unrounded',78.0,1796221580310,'3f3d9be47c2244c0b2dbbfb00659b27e',100,0);
INSERT INTO "metrics" VALUES('test/vqa_accuracy/yes/no',77.81,1796221580310,'3f3d9be47c2244c0b2dbbfb00659b27e',100,0);
INSERT INTO "metrics" VALUES('test/vqa_accuracy_unrounded/yes/no',7.78097982708933670874e+01,1796221580310,'3f3d9be47c2244c0b2dbbfb00659b27e',100,0);
INSERT INTO "metrics" VALUES('test/vqa_accuracy/question_type/yes/no',77.81,1796221580310,'3f3d9be47c2244c0b2dbbfb00659b27e',100,0);
INSERT INTO "metrics" VALUES('test/vqa_accuracy_unrounded/question_type/yes/no',7.78097982708933670874e+01,1796221580310,'3f3d9be47c2244c0b2dbbfb00659b27e',100,0);
INSERT INTO "metrics" VALUES('test/vqa_accuracy/other',78.43,1796221580310,'3f3d9be47c2244c0b2dbbfb00659b27e',100,0);
INSERT INTO "metrics" VALUES('test/vqa_accuracy_unrounded/other',7.8431372549019613416e+01,1796221580310,'3f3d9be47c2244c0b2dbbfb00659b27e',100,0);
INSERT INTO "metrics" VALUES('test/vqa_accuracy/question_type/shape',100.0,1796221580310,'3f3d9be47c2244c0b2dbbfb00659b27e',100,0);
INSERT INTO "metrics" VALUES('test/vqa_accuracy_unrounded/question_type/shape',100.0,1796221580310,'3f3d9be47c2244c0b2dbbfb00659b27e',100,0);
INSERT INTO "metrics" VALUES('test/vqa_accuracy/question_type/color',56.58,1796221580310,'3f3d9be47c2244c0b2dbbfb00659b27e',100,0);
INSERT INTO "metrics" VALUES('test/vqa_accuracy_unrounded/question_type/color',5.65789473684210548771e+01,1796221580310,'3f3d9be47c2244c0b2dbbfb00659b27e',100,0);
INSERT INTO "metrics" VALUES('time/features_s',4.76589053000134299509e+00,1796221580310,'3f3d9be47c2244c0b2dbbfb00659b27e',100,0);
INSERT INTO "metrics" VALUES('time/lm_load_s',1.64322003998677246272e-01,1796221580310,'3f3d9be47c2244c0b2dbbfb00659b27e',100,0);
INSERT INTO "metrics" VALUES('time/train_s',1.12480700353000429459e+02,1796221580310,'3f3d9be47c2244c0b2dbbfb00659b27e',100,0);
INSERT INTO "metrics" VALUES('time/train_step_s',1.12245941408086347124e+00,1796221580310,'3f3d9be47c2244c0b2dbbfb00659b27e',100,0);
INSERT INTO "metrics" VALUES('time/eval_s',31.2594559750014,1796221580310,'3f3d9be47c2244c0b2dbbfb00659b27e',100,0);
INSERT INTO "metrics" VALUES('time/eval_example_s',6.25189119500028089859e-02,1796221580310,'3f3d9be47c2244c0b2dbbfb00659b27e',100,0);
INSERT INTO "metrics" VALUES('time/total_s',1.49534891889999926213e+02,1796221580310,'3f3d9be47c2244c0b2dbbfb00659b27e',100,0);
INSERT INTO "metrics" VALUES('train/loss',2.84117788076400756835e-01,1796221590509,'62d44e8065e445849f8aaaa5fe7bb96a',100,0);
INSERT INTO "metrics" VALUES('train/lr',1.0e-05,1796221590509,'62d44e8065e445849f8aaaa5fe7bb96a',100,0);
INSERT INTO "metrics" VALUES('ood/easy-vqa/gaussian_noise-3/vqa_accuracy',47.2,1796221620406,'3f3d9be47c2244c0b2dbbfb00659b27e',0,0);
INSERT INTO "metrics" VALUES('test/vqa_accuracy',73.6,1796221625422,'62d44e8065e445849f8aaaa5fe7bb96a',100,0);
INSERT INTO "metrics" VALUES('test/vqa_accuracy_unrounded',73.6,1796221625422,'62d44e8065e445849f8aaaa5fe7bb96a',100,0);
INSERT INTO "metrics" VALUES('test/vqa_accuracy/yes/no',72.62,1796221625422,'62d44e8065e445849f8aaaa5fe7bb96a',100,0);
INSERT INTO "metrics" VALUES('test/vqa_accuracy_unrounded/yes/no',7.26224783861671454579e+01,1796221625422,'62d44e8065e445849f8aaaa5fe7bb96a',100,0);
INSERT INTO "metrics" VALUES('test/vqa_accuracy/question_type/yes/no',72.62,1796221625422,'62d44e8065e445849f8aaaa5fe7bb96a',100,0);
INSERT INTO "metrics" VALUES('test/vqa_accuracy_unrounded/question_type/yes/no',7.26224783861671454579e+01,1796221625422,'62d44e8065e445849f8aaaa5fe7bb96a',100,0);
INSERT INTO "metrics" VALUES('test/vqa_accuracy/other',75.82,1796221625422,'62d44e8065e445849f8aaaa5fe7bb96a',100,0);
INSERT INTO "metrics" VALUES('test/vqa_accuracy_unrounded/other',7.5816993464052288231e+01,1796221625422,'62d44e8065e445849f8aaaa5fe7bb96a',100,0);
INSERT INTO "metrics" VALUES('test/vqa_accuracy/question_type/shape',100.0,1796221625422,'62d44e8065e445849f8aaaa5fe7bb96a',100,0);
INSERT INTO "metrics" VALUES('test/vqa_accuracy_unrounded/question_type/shape',100.0,1796221625422,'62d44e8065e445849f8aaaa5fe7bb96a',100,0);
INSERT INTO "metrics" VALUES('test/vqa_accuracy/question_type/color',51.32,1796221625422,'62d44e8065e445849f8aaaa5fe7bb96a',100,0);
INSERT INTO "metrics" VALUES('test/vqa_accuracy_unrounded/question_type/color',5.13157894736842123961e+01,1796221625422,'62d44e8065e445849f8aaaa5fe7bb96a',100,0);
INSERT INTO "metrics" VALUES('time/features_s',2.07706531999065191484e-01,1796221625422,'62d44e8065e445849f8aaaa5fe7bb96a',100,0);
INSERT INTO "metrics" VALUES('time/lm_load_s',1.72081927999897743575e-01,1796221625422,'62d44e8065e445849f8aaaa5fe7bb96a',100,0);
INSERT INTO "metrics" VALUES('time/train_s',1.12655820125999525768e+02,1796221625422,'62d44e8065e445849f8aaaa5fe7bb96a',100,0);
INSERT INTO "metrics" VALUES('time/train_step_s',1.12459894544443872455e+00,1796221625422,'62d44e8065e445849f8aaaa5fe7bb96a',100,0);
INSERT INTO "metrics" VALUES('time/eval_s',3.48593726590006554029e+01,1796221625422,'62d44e8065e445849f8aaaa5fe7bb96a',100,0);
INSERT INTO "metrics" VALUES('time/eval_example_s',0.0697187453180013,1796221625422,'62d44e8065e445849f8aaaa5fe7bb96a',100,0);
INSERT INTO "metrics" VALUES('time/total_s',1.48783594951999475599e+02,1796221625422,'62d44e8065e445849f8aaaa5fe7bb96a',100,0);
INSERT INTO "metrics" VALUES('ima/ima',3.87534501500088612857e-02,1796221644756,'3f3d9be47c2244c0b2dbbfb00659b27e',0,0);
INSERT INTO "metrics" VALUES('ima/ima0',3.20306272143849185551e-02,1796221644756,'3f3d9be47c2244c0b2dbbfb00659b27e',0,0);
INSERT INTO "metrics" VALUES('ima/matched',4.18666868256551624738e-02,1796221644756,'3f3d9be47c2244c0b2dbbfb00659b27e',0,0);
INSERT INTO "metrics" VALUES('ima/pp',0.937960601256548,1796221644756,'3f3d9be47c2244c0b2dbbfb00659b27e',0,0);
INSERT INTO "metrics" VALUES('ima/tt',9.6629218761410629046e-01,1796221644756,'3f3d9be47c2244c0b2dbbfb00659b27e',0,0);
INSERT INTO "metrics" VALUES('params/trainable',2592576.0,1796221654019,'5b7a82afd8174503a4b818e6606c6dd4',0,0);
INSERT INTO "metrics" VALUES('params/lm',134515008.0,1796221654019,'5b7a82afd8174503a4b818e6606c6dd4',0,0);
INSERT INTO "metrics" VALUES('ood/easy-vqa/gaussian_noise-3/vqa_accuracy',66.2,1796221664470,'62d44e8065e445849f8aaaa5fe7bb96a',0,0);
INSERT INTO "metrics" VALUES('train/loss',1.851421356201171875e+00,1796221674828,'5b7a82afd8174503a4b818e6606c6dd4',10,0);
INSERT INTO "metrics" VALUES('train/lr',0.0003,1796221674828,'5b7a82afd8174503a4b818e6606c6dd4',10,0);
INSERT INTO "metrics" VALUES('ima/ima',7.55561522708100702372e-02,1796221679710,'62d44e8065e445849f8aaaa5fe7bb96a',0,0);
INSERT INTO "metrics" VALUES('ima/ima0',-1.05359930788581582922e-02,1796221679710,'62d44e8065e445849f8aaaa5fe7bb96a',0,0);
INSERT INTO "metrics" VALUES('ima/matched',7.93003214415073515164e-02,1796221679710,'62d44e8065e445849f8aaaa5fe7bb96a',0,0);
INSERT INTO "metrics" VALUES('ima/pp',9.47966127000358094178e-01,1796221679710,'62d44e8065e445849f8aaaa5fe7bb96a',0,0);
INSERT INTO "metrics" VALUES('ima/tt',9.57220863353633766301e-01,1796221679710,'62d44e8065e445849f8aaaa5fe7bb96a',0,0);
INSERT INTO "metrics" VALUES('params/trainable',737856.0,1796221685022,'14f98a930e694295935b6debdc9859ba',0,0);
INSERT INTO "metrics" VALUES('params/lm',134515008.0,1796221685022,'14f98a930e694295935b6debdc9859ba',0,0);
INSERT INTO "metrics" VALUES('train/loss',5.62822818756103515625e-01,1796221694589,'5b7a82afd8174503a4b818e6606c6dd4',20,0);
INSERT INTO "metrics" VALUES('train/lr',2.91255430013956655328e-04,1796221694589,'5b7a82afd8174503a4b818e6606c6dd4',20,0);
INSERT INTO "metrics" VALUES('train/loss',1.48878455162048339843e+00,1796221712183,'14f98a930e694295935b6debdc9859ba',10,0);
INSERT INTO "metrics" VALUES('train/lr',0.003,1796221712183,'14f98a930e694295935b6debdc9859ba',10,0);
INSERT INTO "metrics" VALUES('train/loss',9.4923883676528930664e-01,1796221714511,'5b7a82afd8174503a4b818e6606c6dd4',30,0);
INSERT INTO "metrics" VALUES('train/lr',2.6607644425225175774e-04,1796221714511,'5b7a82afd8174503a4b818e6606c6dd4',30,0);
INSERT INTO "metrics" VALUES('train/loss',9.3524652719497680664e-01,1796221736995,'5b7a82afd8174503a4b818e6606c6dd4',40,0);
INSERT INTO "metrics" VALUES('train/lr',2.27499999999999973293e-04,1796221736995,'5b7a82afd8174503a4b818e6606c6dd4',40,0);
INSERT INTO "metrics" VALUES('train/loss',5.70245981216430664062e-01,1796221739346,'14f98a930e694295935b6debdc9859ba',20,0);
INSERT INTO "metrics" VALUES('train/lr',2.90984046807493288919e-03,1796221739346,'14f98a930e694295935b6debdc9859ba',20,0);
INSERT INTO "metrics" VALUES('train/loss',0.852615237236023,1796221757312,'5b7a82afd8174503a4b818e6606c6dd4',50,0);
INSERT INTO "metrics" VALUES('train/lr',1.80178985761704897562e-04,1796221757312,'5b7a82afd8174503a4b818e6606c6dd4',50,0);
INSERT INTO "metrics" VALUES('train/loss',1.25951898097991943359e+00,1796221764288,'14f98a930e694295935b6debdc9859ba',30,0);
INSERT INTO "metrics" VALUES('train/lr',2.65023644246287215509e-03,1796221764288,'14f98a930e694295935b6debdc9859ba',30,0);
INSERT INTO "metrics" VALUES('train/loss',3.61265420913696289062e-01,1796221777226,'5b7a82afd8174503a4b818e6606c6dd4',60,0);
INSERT INTO "metrics" VALUES('train/lr',1.29821014238295102385e-04,1796221777226,'5b7a82afd8174503a4b818e6606c6dd4',60,0);
INSERT INTO "metrics" VALUES('train/loss',1.02992165088653564453e+00,1796221791544,'14f98a930e694295935b6debdc9859ba',40,0);
INSERT INTO "metrics" VALUES('train/lr',0.0022525,1796221791544,'14f98a930e694295935b6debdc9859ba',40,0);
INSERT INTO "metrics" VALUES('train/loss',8.31402361392974853515e-01,1796221801226,'5b7a82afd8174503a4b818e6606c6dd4',70,0);
INSERT INTO "metrics" VALUES('train/lr',8.2500000000000026654e-05,1796221801226,'5b7a82afd8174503a4b818e6606c6dd4',70,0);
INSERT INTO "metrics" VALUES('train/loss',0.758147120475769,1796221824825,'14f98a930e694295935b6debdc9859ba',50,0);
INSERT INTO "metrics" VALUES('train/lr',1.76460402561206121212e-03,1796221824825,'14f98a930e694295935b6debdc9859ba',50,0);
INSERT INTO "metrics" VALUES('train/loss',5.41427850723266601562e-01,1796221828016,'5b7a82afd8174503a4b818e6606c6dd4',80,0);
INSERT INTO "metrics" VALUES('train/lr',4.39235557477482e-05,1796221828016,'5b7a82afd8174503a4b818e6606c6dd4',80,0);
INSERT INTO "metrics" VALUES('train/loss',7.74310767650604248046e-01,1796221856242,'5b7a82afd8174503a4b818e6606c6dd4',90,0);
INSERT INTO "metrics" VALUES('train/lr',1.87445699860432937969e-05,1796221856242,'5b7a82afd8174503a4b818e6606c6dd4',90,0);
INSERT INTO "metrics" VALUES('train/loss',4.24451470375061035156e-01,1796221860577,'14f98a930e694295935b6debdc9859ba',60,0);
INSERT INTO "metrics" VALUES('train/lr',1.24539597438793931023e-03,1796221860577,'14f98a930e694295935b6debdc9859ba',60,0);
INSERT INTO "metrics" VALUES('train/loss',4.56765323877334594726e-01,1796221887637,'5b7a82afd8174503a4b818e6606c6dd4',100,0);
INSERT INTO "metrics" VALUES('train/lr',1.0e-05,1796221887637,'5b7a82afd8174503a4b818e6606c6dd4',100,0);
INSERT INTO "metrics" VALUES('train/loss',6.53540194034576416015e-01,1796221900154,'14f98a930e694295935b6debdc9859ba',70,0);
INSERT INTO "metrics" VALUES('train/lr',7.57500000000000360544e-04,1796221900154,'14f98a930e694295935b6debdc9859ba',70,0);
INSERT INTO "metrics" VALUES('train/loss',5.28948903083801269531e-01,1796221931505,'14f98a930e694295935b6debdc9859ba',80,0);
INSERT INTO "metrics" VALUES('train/lr',3.59763557537128042009e-04,1796221931505,'14f98a930e694295935b6debdc9859ba',80,0);
INSERT INTO "metrics" VALUES('train/loss',6.7704778909683227539e-01,1796221957863,'14f98a930e694295935b6debdc9859ba',90,0);
INSERT INTO "metrics" VALUES('train/lr',1.00159531925067063961e-04,1796221957863,'14f98a930e694295935b6debdc9859ba',90,0);
INSERT INTO "metrics" VALUES('test/vqa_accuracy',71.2,1796221959750,'5b7a82afd8174503a4b818e6606c6dd4',100,0);
INSERT INTO "metrics" VALUES('test/vqa_accuracy_unrounded',71.2,1796221959750,'5b7a82afd8174503a4b818e6606c6dd4',100,0);
INSERT INTO "metrics" VALUES('test/vqa_accuracy/yes/no',79.83,1796221959750,'5b7a82afd8174503a4b818e6606c6dd4',100,0);
INSERT INTO "metrics" VALUES('test/vqa_accuracy_unrounded/yes/no',7.98270893371757921368e+01,1796221959750,'5b7a82afd8174503a4b818e6606c6dd4',100,0);
INSERT INTO "metrics" VALUES('test/vqa_accuracy/question_type/yes/no',79.83,1796221959750,'5b7a82afd8174503a4b818e6606c6dd4',100,0);
INSERT INTO "metrics" VALUES('test/vqa_accuracy_unrounded/question_type/yes/no',7.98270893371757921368e+01,1796221959750,'5b7a82afd8174503a4b818e6606c6dd4',100,0);
INSERT INTO "metrics" VALUES('test/vqa_accuracy/other',51.63,1796221959750,'5b7a82afd8174503a4b818e6606c6dd4',100,0);
INSERT INTO "metrics" VALUES('test/vqa_accuracy_unrounded/other',5.1633986928104576462e+01,1796221959750,'5b7a82afd8174503a4b818e6606c6dd4',100,0);
INSERT INTO "metrics" VALUES('test/vqa_accuracy/question_type/shape',87.01,1796221959750,'5b7a82afd8174503a4b818e6606c6dd4',100,0);
INSERT INTO "metrics" VALUES('test/vqa_accuracy_unrounded/question_type/shape',8.70129870129870113242e+01,1796221959750,'5b7a82afd8174503a4b818e6606c6dd4',100,0);
INSERT INTO "metrics" VALUES('test/vqa_accuracy/question_type/color',15.79,1796221959750,'5b7a82afd8174503a4b818e6606c6dd4',100,0);
INSERT INTO "metrics" VALUES('test/vqa_accuracy_unrounded/question_type/color',1.57894736842105256613e+01,1796221959750,'5b7a82afd8174503a4b818e6606c6dd4',100,0);
INSERT INTO "metrics" VALUES('time/features_s',7.68116005500087339896e+00,1796221959750,'5b7a82afd8174503a4b818e6606c6dd4',100,0);
INSERT INTO "metrics" VALUES('time/lm_load_s',9.35836499998913495801e-01,1796221959750,'5b7a82afd8174503a4b818e6606c6dd4',100,0);
INSERT INTO "metrics" VALUES('time/train_s',2.33684778340000775653e+02,1796221959750,'5b7a82afd8174503a4b818e6606c6dd4',100,0);
INSERT INTO "metrics" VALUES('time/train_step_s',2.33452592013142723459e+00,1796221959750,'5b7a82afd8174503a4b818e6606c6dd4',100,0);
INSERT INTO "metrics" VALUES('time/eval_s',7.20186052689987263883e+01,1796221959750,'5b7a82afd8174503a4b818e6606c6dd4',100,0);
INSERT INTO "metrics" VALUES('time/eval_example_s',1.44037210537997450998e-01,1796221959750,'5b7a82afd8174503a4b818e6606c6dd4',100,0);
INSERT INTO "metrics" VALUES('time/total_s',3.14776367729000412505e+02,1796221959750,'5b7a82afd8174503a4b818e6606c6dd4',100,0);
INSERT INTO "metrics" VALUES('train/loss',3.59663546085357666015e-01,1796221983733,'14f98a930e694295935b6debdc9859ba',100,0);
INSERT INTO "metrics" VALUES('train/lr',1.0e-05,1796221983733,'14f98a930e694295935b6debdc9859ba',100,0);
INSERT INTO "metrics" VALUES('ood/easy-vqa/gaussian_noise-3/vqa_accuracy',66.6,1796222026234,'5b7a82afd8174503a4b818e6606c6dd4',0,0);
INSERT INTO "metrics" VALUES('ima/ima',6.61210964627688135841e-01,1796222053540,'5b7a82afd8174503a4b818e6606c6dd4',0,0);
INSERT INTO "metrics" VALUES('ima/ima0',-5.0955727894902210634e-03,1796222053540,'5b7a82afd8174503a4b818e6606c6dd4',0,0);
INSERT INTO "metrics" VALUES('ima/matched',6.61387606391885873868e-01,1796222053540,'5b7a82afd8174503a4b818e6606c6dd4',0,0);
INSERT INTO "metrics" VALUES('ima/pp',9.99355094539617239135e-01,1796222053540,'5b7a82afd8174503a4b818e6606c6dd4',0,0);
INSERT INTO "metrics" VALUES('ima/tt',9.67161435276466807664e-01,1796222053540,'5b7a82afd8174503a4b818e6606c6dd4',0,0);
INSERT INTO "metrics" VALUES('params/trainable',1214081.0,1796222059253,'cc7ab919718b4bd4bc569e68b50296b2',0,0);
INSERT INTO "metrics" VALUES('params/lm',134515008.0,1796222059253,'cc7ab919718b4bd4bc569e68b50296b2',0,0);
INSERT INTO "metrics" VALUES('test/vqa_accuracy',73.6,1796222063663,'14f98a930e694295935b6debdc9859ba',100,0);
INSERT INTO "metrics" VALUES('test/vqa_accuracy_unrounded',73.6,1796222063663,'14f98a930e694295935b6debdc9859ba',100,0);
INSERT INTO "metrics" VALUES('test/vqa_accuracy/yes/no',75.22,1796222063663,'14f98a930e694295935b6debdc9859ba',100,0);
INSERT INTO "metrics" VALUES('test/vqa_accuracy_unrounded/yes/no',7.52161383285302633785e+01,1796222063663,'14f98a930e694295935b6debdc9859ba',100,0);
INSERT INTO "metrics" VALUES('test/vqa_accuracy/question_type/yes/no',75.22,1796222063663,'14f98a930e694295935b6debdc9859ba',100,0);
INSERT INTO "metrics" VALUES('test/vqa_accuracy_unrounded/question_type/yes/no',7.52161383285302633785e+01,1796222063663,'14f98a930e694295935b6debdc9859ba',100,0);
INSERT INTO "metrics" VALUES('test/vqa_accuracy/other',69.93,1796222063663,'14f98a930e694295935b6debdc9859ba',100,0);
INSERT INTO "metrics" VALUES('test/vqa_accuracy_unrounded/other',6.99346405228758101219e+01,1796222063663,'14f98a930e694295935b6debdc9859ba',100,0);
INSERT INTO "metrics" VALUES('test/vqa_accuracy/question_type/shape',100.0,1796222063663,'14f98a930e694295935b6debdc9859ba',100,0);
INSERT INTO "metrics" VALUES('test/vqa_accuracy_unrounded/question_type/shape',100.0,1796222063663,'14f98a930e694295935b6debdc9859ba',100,0);
INSERT INTO "metrics" VALUES('test/vqa_accuracy/question_type/color',39.47,1796222063663,'14f98a930e694295935b6debdc9859ba',100,0);
INSERT INTO "metrics" VALUES('test/vqa_accuracy_unrounded/question_type/color',3.94736842105263150424e+01,1796222063663,'14f98a930e694295935b6debdc9859ba',100,0);
INSERT INTO "metrics" VALUES('time/features_s',4.09292801400079,1796222063663,'14f98a930e694295935b6debdc9859ba',100,0);
INSERT INTO "metrics" VALUES('time/lm_load_s',1.66484220000711502507e-01,1796222063663,'14f98a930e694295935b6debdc9859ba',100,0);
INSERT INTO "metrics" VALUES('time/train_s',2.98742703049998453929e+02,1796222063663,'14f98a930e694295935b6debdc9859ba',100,0);
INSERT INTO "metrics" VALUES('time/train_step_s',2.97241357734356359543e+00,1796222063663,'14f98a930e694295935b6debdc9859ba',100,0);
INSERT INTO "metrics" VALUES('time/eval_s',7.98781578339985571819e+01,1796222063663,'14f98a930e694295935b6debdc9859ba',100,0);
INSERT INTO "metrics" VALUES('time/eval_example_s',1.59756315667997111917e-01,1796222063663,'14f98a930e694295935b6debdc9859ba',100,0);
INSERT INTO "metrics" VALUES('time/total_s',3.8374565993299984256e+02,1796222063663,'14f98a930e694295935b6debdc9859ba',100,0);
INSERT INTO "metrics" VALUES('train/loss',1.13467168807983398437e+01,1796222077875,'cc7ab919718b4bd4bc569e68b50296b2',10,0);
INSERT INTO "metrics" VALUES('train/lr',0.003,1796222077875,'cc7ab919718b4bd4bc569e68b50296b2',10,0);
INSERT INTO "metrics" VALUES('train/loss',9.35065555572509765625e+00,1796222096579,'cc7ab919718b4bd4bc569e68b50296b2',20,0);
INSERT INTO "metrics" VALUES('train/lr',2.90984046807493288919e-03,1796222096579,'cc7ab919718b4bd4bc569e68b50296b2',20,0);
INSERT INTO "metrics" VALUES('train/loss',9.609050750732421875e+00,1796222114130,'cc7ab919718b4bd4bc569e68b50296b2',30,0);
INSERT INTO "metrics" VALUES('train/lr',2.65023644246287215509e-03,1796222114130,'cc7ab919718b4bd4bc569e68b50296b2',30,0);
INSERT INTO "metrics" VALUES('train/loss',9.10445690155029296875e+00,1796222132611,'cc7ab919718b4bd4bc569e68b50296b2',40,0);
INSERT INTO "metrics" VALUES('train/lr',0.0022525,1796222132611,'cc7ab919718b4bd4bc569e68b50296b2',40,0);
INSERT INTO "metrics" VALUES('train/loss',9.1273365020751953125e+00,1796222150866,'cc7ab919718b4bd4bc569e68b50296b2',50,0);
INSERT INTO "metrics" VALUES('train/lr',1.76460402561206121212e-03,1796222150866,'cc7ab919718b4bd4bc569e68b50296b2',50,0);
INSERT INTO "metrics" VALUES('ood/easy-vqa/gaussian_noise-3/vqa_accuracy',42.8,1796222151400,'14f98a930e694295935b6debdc9859ba',0,0);
INSERT INTO "metrics" VALUES('train/loss',7.9399585723876953125e+00,1796222169611,'cc7ab919718b4bd4bc569e68b50296b2',60,0);
INSERT INTO "metrics" VALUES('train/lr',1.24539597438793931023e-03,1796222169611,'cc7ab919718b4bd4bc569e68b50296b2',60,0);
INSERT INTO "metrics" VALUES('ima/ima',6.24476157207455417896e-01,1796222186879,'14f98a930e694295935b6debdc9859ba',0,0);
INSERT INTO "metrics" VALUES('ima/ima0',0.0408688269082409,1796222186879,'14f98a930e694295935b6debdc9859ba',0,0);
INSERT INTO "metrics" VALUES('ima/matched',6.26652424587570755498e-01,1796222186879,'14f98a930e694295935b6debdc9859ba',0,0);
INSERT INTO "metrics" VALUES('ima/pp',9.76924237666100481192e-01,1796222186879,'14f98a930e694295935b6debdc9859ba',0,0);
INSERT INTO "metrics" VALUES('ima/tt',9.63338981348498157863e-01,1796222186879,'14f98a930e694295935b6debdc9859ba',0,0);
INSERT INTO "metrics" VALUES('train/loss',8.1773128509521484375e+00,1796222188158,'cc7ab919718b4bd4bc569e68b50296b2',70,0);
INSERT INTO "metrics" VALUES('train/lr',7.57500000000000360544e-04,1796222188158,'cc7ab919718b4bd4bc569e68b50296b2',70,0);
INSERT INTO "metrics" VALUES('params/trainable',11520.0,1796222189529,'bf091a19040e4218aa43fb43a52cf0da',0,0);
INSERT INTO "metrics" VALUES('params/lm',134515008.0,1796222189529,'bf091a19040e4218aa43fb43a52cf0da',0,0);
INSERT INTO "metrics" VALUES('train/loss',8.01651477813720703125e+00,1796222206613,'cc7ab919718b4bd4bc569e68b50296b2',80,0);
INSERT INTO "metrics" VALUES('train/lr',3.59763557537128042009e-04,1796222206613,'cc7ab919718b4bd4bc569e68b50296b2',80,0);
INSERT INTO "metrics" VALUES('train/loss',3.10619258880615234375e+00,1796222222458,'bf091a19040e4218aa43fb43a52cf0da',10,0);
INSERT INTO "metrics" VALUES('train/lr',0.003,1796222222458,'bf091a19040e4218aa43fb43a52cf0da',10,0);
INSERT INTO "metrics" VALUES('train/loss',8.14597415924072265625e+00,1796222225103,'cc7ab919718b4bd4bc569e68b50296b2',90,0);
INSERT INTO "metrics" VALUES('train/lr',1.00159531925067063961e-04,1796222225103,'cc7ab919718b4bd4bc569e68b50296b2',90,0);
INSERT INTO "metrics" VALUES('train/loss',7.82431268692016601562e+00,1796222243310,'cc7ab919718b4bd4bc569e68b50296b2',100,0);
INSERT INTO "metrics" VALUES('train/lr',1.0e-05,1796222243310,'cc7ab919718b4bd4bc569e68b50296b2',100,0);
INSERT INTO "metrics" VALUES('train/loss',1.13142573833465576171e+00,1796222253347,'bf091a19040e4218aa43fb43a52cf0da',20,0);
INSERT INTO "metrics" VALUES('train/lr',2.90984046807493288919e-03,1796222253347,'bf091a19040e4218aa43fb43a52cf0da',20,0);
INSERT INTO "metrics" VALUES('test/vqa_accuracy',47.8,1796222284822,'cc7ab919718b4bd4bc569e68b50296b2',100,0);
INSERT INTO "metrics" VALUES('test/vqa_accuracy_unrounded',47.8,1796222284822,'cc7ab919718b4bd4bc569e68b50296b2',100,0);
INSERT INTO "metrics" VALUES('test/vqa_accuracy/yes/no',53.03,1796222284822,'cc7ab919718b4bd4bc569e68b50296b2',100,0);
INSERT INTO "metrics" VALUES('test/vqa_accuracy_unrounded/yes/no',5.30259365994236304703e+01,1796222284822,'cc7ab919718b4bd4bc569e68b50296b2',100,0);
INSERT INTO "metrics" VALUES('test/vqa_accuracy/question_type/yes/no',53.03,1796222284822,'cc7ab919718b4bd4bc569e68b50296b2',100,0);
INSERT INTO "metrics" VALUES('test/vqa_accuracy_unrounded/question_type/yes/no',5.30259365994236304703e+01,1796222284822,'cc7ab919718b4bd4bc569e68b50296b2',100,0);
INSERT INTO "metrics" VALUES('test/vqa_accuracy/other',35.95,1796222284822,'cc7ab919718b4bd4bc569e68b50296b2',100,0);
INSERT INTO "metrics" VALUES('test/vqa_accuracy_unrounded/other',3.59477124183006537796e+01,1796222284822,'cc7ab919718b4bd4bc569e68b50296b2',100,0);
INSERT INTO "metrics" VALUES('test/vqa_accuracy/question_type/shape',54.55,1796222284822,'cc7ab919718b4bd4bc569e68b50296b2',100,0);
INSERT INTO "metrics" VALUES('test/vqa_accuracy_unrounded/question_type/shape',5.45454545454545467473e+01,1796222284822,'cc7ab919718b4bd4bc569e68b50296b2',100,0);
INSERT INTO "metrics" VALUES('test/vqa_accuracy/question_type/color',17.11,1796222284822,'cc7ab919718b4bd4bc569e68b50296b2',100,0);
INSERT INTO "metrics" VALUES('test/vqa_accuracy_unrounded/question_type/color',1.71052631578947362807e+01,1796222284822,'cc7ab919718b4bd4bc569e68b50296b2',100,0);
INSERT INTO "metrics" VALUES('test/t2i_recall_at_1',3.2,1796222284822,'cc7ab919718b4bd4bc569e68b50296b2',100,0);
INSERT INTO "metrics" VALUES('test/t2i_recall_at_5',1.12000000000000010658e+01,1796222284822,'cc7ab919718b4bd4bc569e68b50296b2',100,0);
INSERT INTO "metrics" VALUES('test/t2i_recall_at_10',18.4,1796222284822,'cc7ab919718b4bd4bc569e68b50296b2',100,0);
INSERT INTO "metrics" VALUES('test/i2t_recall_at_1',3.55329949238578723935e+00,1796222284822,'cc7ab919718b4bd4bc569e68b50296b2',100,0);
INSERT INTO "metrics" VALUES('test/i2t_recall_at_5',7.10659898477157447871e+00,1796222284822,'cc7ab919718b4bd4bc569e68b50296b2',100,0);
INSERT INTO "metrics" VALUES('test/i2t_recall_at_10',9.89847715736040711931e+00,1796222284822,'cc7ab919718b4bd4bc569e68b50296b2',100,0);
INSERT INTO "metrics" VALUES('time/features_s',4.48112730799948622006e+00,1796222284822,'cc7ab919718b4bd4bc569e68b50296b2',100,0);
INSERT INTO "metrics" VALUES('time/lm_load_s',1.72074496998902759514e-01,1796222284822,'cc7ab919718b4bd4bc569e68b50296b2',100,0);
INSERT INTO "metrics" VALUES('time/train_s',1.84089119468000717459e+02,1796222284822,'cc7ab919718b4bd4bc569e68b50296b2',100,0);
INSERT INTO "metrics" VALUES('time/train_step_s',1.8380232937981435537e+00,1796222284822,'cc7ab919718b4bd4bc569e68b50296b2',100,0);
INSERT INTO "metrics" VALUES('time/eval_s',2.0504933480000545388e+01,1796222284822,'cc7ab919718b4bd4bc569e68b50296b2',100,0);
INSERT INTO "metrics" VALUES('time/extra_metrics_s',2.09548425249995489143e+01,1796222284822,'cc7ab919718b4bd4bc569e68b50296b2',100,0);
INSERT INTO "metrics" VALUES('time/eval_example_s',4.10098669600010914959e-02,1796222284822,'cc7ab919718b4bd4bc569e68b50296b2',100,0);
INSERT INTO "metrics" VALUES('time/total_s',2.30639716671999849494e+02,1796222284822,'cc7ab919718b4bd4bc569e68b50296b2',100,0);
INSERT INTO "metrics" VALUES('train/loss',1.10248994827270507812e+00,1796222285213,'bf091a19040e4218aa43fb43a52cf0da',30,0);
INSERT INTO "metrics" VALUES('train/lr',2.65023644246287215509e-03,1796222285213,'bf091a19040e4218aa43fb43a52cf0da',30,0);
INSERT INTO "metrics" VALUES('ood/easy-vqa/gaussian_noise-3/vqa_accuracy',44.2,1796222312197,'cc7ab919718b4bd4bc569e68b50296b2',0,0);
INSERT INTO "metrics" VALUES('train/loss',9.21872496604919433593e-01,1796222316355,'bf091a19040e4218aa43fb43a52cf0da',40,0);
INSERT INTO "metrics" VALUES('train/lr',0.0022525,1796222316355,'bf091a19040e4218aa43fb43a52cf0da',40,0);
INSERT INTO "metrics" VALUES('ima/ima',2.62059406169084463389e-01,1796222322903,'cc7ab919718b4bd4bc569e68b50296b2',0,0);
INSERT INTO "metrics" VALUES('ima/ima0',1.50673824506624039198e-02,1796222322903,'cc7ab919718b4bd4bc569e68b50296b2',0,0);
INSERT INTO "metrics" VALUES('ima/matched',2.63686840619516249528e-01,1796222322903,'cc7ab919718b4bd4bc569e68b50296b2',0,0);
INSERT INTO "metrics" VALUES('ima/pp',9.47176644319107530201e-01,1796222322903,'cc7ab919718b4bd4bc569e68b50296b2',0,0);
INSERT INTO "metrics" VALUES('ima/tt',9.7979415828506988273e-01,1796222322903,'cc7ab919718b4bd4bc569e68b50296b2',0,0);
INSERT INTO "metrics" VALUES('params/trainable',11520.0,1796222328182,'01660c6fc6fd40ea882b0925d596f886',0,0);
INSERT INTO "metrics" VALUES('params/lm',134515008.0,1796222328182,'01660c6fc6fd40ea882b0925d596f886',0,0);
INSERT INTO "metrics" VALUES('train/loss',8.04525256156921386718e-01,1796222347858,'bf091a19040e4218aa43fb43a52cf0da',50,0);
INSERT INTO "metrics" VALUES('train/lr',1.76460402561206121212e-03,1796222347858,'bf091a19040e4218aa43fb43a52cf0da',50,0);
INSERT INTO "metrics" VALUES('train/loss',2.34178018569946289062e+00,1796222361884,'01660c6fc6fd40ea882b0925d596f886',10,0);
INSERT INTO "metrics" VALUES('train/lr',0.003,1796222361884,'01660c6fc6fd40ea882b0925d596f886',10,0);
INSERT INTO "metrics" VALUES('train/loss',5.49246311187744140625e-01,1796222380063,'bf091a19040e4218aa43fb43a52cf0da',60,0);
INSERT INTO "metrics" VALUES('train/lr',1.24539597438793931023e-03,1796222380063,'bf091a19040e4218aa43fb43a52cf0da',60,0);
INSERT INTO "metrics" VALUES('train/loss',7.18995809555053710937e-01,1796222394829,'01660c6fc6fd40ea882b0925d596f886',20,0);
INSERT INTO "metrics" VALUES('train/lr',2.90984046807493288919e-03,1796222394829,'01660c6fc6fd40ea882b0925d596f886',20,0);
INSERT INTO "metrics" VALUES('train/loss',9.58277821540832519531e-01,1796222415673,'bf091a19040e4218aa43fb43a52cf0da',70,0);
INSERT INTO "metrics" VALUES('train/lr',7.57500000000000360544e-04,1796222415673,'bf091a19040e4218aa43fb43a52cf0da',70,0);
INSERT INTO "metrics" VALUES('train/loss',9.8405939340591430664e-01,1796222435437,'01660c6fc6fd40ea882b0925d596f886',30,0);
INSERT INTO "metrics" VALUES('train/lr',2.65023644246287215509e-03,1796222435437,'01660c6fc6fd40ea882b0925d596f886',30,0);
INSERT INTO "metrics" VALUES('train/loss',5.69482445716857910156e-01,1796222467520,'bf091a19040e4218aa43fb43a52cf0da',80,0);
INSERT INTO "metrics" VALUES('train/lr',3.59763557537128042009e-04,1796222467520,'bf091a19040e4218aa43fb43a52cf0da',80,0);
INSERT INTO "metrics" VALUES('train/loss',9.85826075077056884765e-01,1796222487875,'01660c6fc6fd40ea882b0925d596f886',40,0);
INSERT INTO "metrics" VALUES('train/lr',0.0022525,1796222487875,'01660c6fc6fd40ea882b0925d596f886',40,0);
INSERT INTO "metrics" VALUES('train/loss',8.16705286502838134765e-01,1796222518702,'bf091a19040e4218aa43fb43a52cf0da',90,0);
INSERT INTO "metrics" VALUES('train/lr',1.00159531925067063961e-04,1796222518702,'bf091a19040e4218aa43fb43a52cf0da',90,0);
INSERT INTO "metrics" VALUES('train/loss',8.1370449066162109375e-01,1796222537507,'01660c6fc6fd40ea882b0925d596f886',50,0);
INSERT INTO "metrics" VALUES('train/lr',1.76460402561206121212e-03,1796222537507,'01660c6fc6fd40ea882b0925d596f886',50,0);
INSERT INTO "metrics" VALUES('train/loss',0.609690248966217,1796222569804,'bf091a19040e4218aa43fb43a52cf0da',100,0);
INSERT INTO "metrics" VALUES('train/lr',1.0e-05,1796222569804,'bf091a19040e4218aa43fb43a52cf0da',100,0);
INSERT INTO "metrics" VALUES('train/loss',4.140300750732421875e-01,1796222587142,'01660c6fc6fd40ea882b0925d596f886',60,0);
INSERT INTO "metrics" VALUES('train/lr',1.24539597438793931023e-03,1796222587142,'01660c6fc6fd40ea882b0925d596f886',60,0);
INSERT INTO "metrics" VALUES('train/loss',9.22599971294403076171e-01,1796222620909,'01660c6fc6fd40ea882b0925d596f886',70,0);
INSERT INTO "metrics" VALUES('train/lr',7.57500000000000360544e-04,1796222620909,'01660c6fc6fd40ea882b0925d596f886',70,0);
INSERT INTO "metrics" VALUES('train/loss',4.99224811792373657226e-01,1796222651779,'01660c6fc6fd40ea882b0925d596f886',80,0);
INSERT INTO "metrics" VALUES('train/lr',3.59763557537128042009e-04,1796222651779,'01660c6fc6fd40ea882b0925d596f886',80,0);
INSERT INTO "metrics" VALUES('test/vqa_accuracy',58.8,1796222681648,'bf091a19040e4218aa43fb43a52cf0da',100,0);
INSERT INTO "metrics" VALUES('test/vqa_accuracy_unrounded',58.8,1796222681648,'bf091a19040e4218aa43fb43a52cf0da',100,0);
INSERT INTO "metrics" VALUES('test/vqa_accuracy/yes/no',68.88,1796222681648,'bf091a19040e4218aa43fb43a52cf0da',100,0);
INSERT INTO "metrics" VALUES('test/vqa_accuracy_unrounded/yes/no',6.88760806916426560064e+01,1796222681648,'bf091a19040e4218aa43fb43a52cf0da',100,0);
INSERT INTO "metrics" VALUES('test/vqa_accuracy/question_type/yes/no',68.88,1796222681648,'bf091a19040e4218aa43fb43a52cf0da',100,0);
INSERT INTO "metrics" VALUES('test/vqa_accuracy_unrounded/question_type/yes/no',6.88760806916426560064e+01,1796222681648,'bf091a19040e4218aa43fb43a52cf0da',100,0);
INSERT INTO "metrics" VALUES('test/vqa_accuracy/other',35.95,1796222681648,'bf091a19040e4218aa43fb43a52cf0da',100,0);
INSERT INTO "metrics" VALUES('test/vqa_accuracy_unrounded/other',3.59477124183006537796e+01,1796222681648,'bf091a19040e4218aa43fb43a52cf0da',100,0);
INSERT INTO "metrics" VALUES('test/vqa_accuracy/question_type/shape',57.14,1796222681648,'bf091a19040e4218aa43fb43a52cf0da',100,0);
INSERT INTO "metrics" VALUES('test/vqa_accuracy_unrounded/question_type/shape',5.7142857142857145904e+01,1796222681648,'bf091a19040e4218aa43fb43a52cf0da',100,0);
INSERT INTO "metrics" VALUES('test/vqa_accuracy/question_type/color',14.47,1796222681648,'bf091a19040e4218aa43fb43a52cf0da',100,0);
INSERT INTO "metrics" VALUES('test/vqa_accuracy_unrounded/question_type/color',1.44736842105263150415e+01,1796222681648,'bf091a19040e4218aa43fb43a52cf0da',100,0);
INSERT INTO "metrics" VALUES('time/features_s',1.38298218700037978123e+00,1796222681648,'bf091a19040e4218aa43fb43a52cf0da',100,0);
INSERT INTO "metrics" VALUES('time/lm_load_s',5.67352209000091534107e-01,1796222681648,'bf091a19040e4218aa43fb43a52cf0da',100,0);
INSERT INTO "metrics" VALUES('time/train_s',3.80305117793999670535e+02,1796222681648,'bf091a19040e4218aa43fb43a52cf0da',100,0);
INSERT INTO "metrics" VALUES('time/train_step_s',3.79769835331305749548e+00,1796222681648,'bf091a19040e4218aa43fb43a52cf0da',100,0);
INSERT INTO "metrics" VALUES('time/eval_s',1.11791200487001333389e+02,1796222681648,'bf091a19040e4218aa43fb43a52cf0da',100,0);
INSERT INTO "metrics" VALUES('time/eval_example_s',2.23582400974002670768e-01,1796222681648,'bf091a19040e4218aa43fb43a52cf0da',100,0);
INSERT INTO "metrics" VALUES('time/total_s',4.94573345542999959429e+02,1796222681648,'bf091a19040e4218aa43fb43a52cf0da',100,0);
INSERT INTO "metrics" VALUES('train/loss',7.06054508686065673828e-01,1796222683055,'01660c6fc6fd40ea882b0925d596f886',90,0);
INSERT INTO "metrics" VALUES('train/lr',1.00159531925067063961e-04,1796222683055,'01660c6fc6fd40ea882b0925d596f886',90,0);
INSERT INTO "metrics" VALUES('train/loss',4.63043510913848876953e-01,1796222714983,'01660c6fc6fd40ea882b0925d596f886',100,0);
INSERT INTO "metrics" VALUES('train/lr',1.0e-05,1796222714983,'01660c6fc6fd40ea882b0925d596f886',100,0);
INSERT INTO "metrics" VALUES('ood/easy-vqa/gaussian_noise-3/vqa_accuracy',3.4,1796222823713,'bf091a19040e4218aa43fb43a52cf0da',0,0);
INSERT INTO "metrics" VALUES('test/vqa_accuracy',62.0,1796222864600,'01660c6fc6fd40ea882b0925d596f886',100,0);
INSERT INTO "metrics" VALUES('test/vqa_accuracy_unrounded',62.0,1796222864600,'01660c6fc6fd40ea882b0925d596f886',100,0);
INSERT INTO "metrics" VALUES('test/vqa_accuracy/yes/no',78.39,1796222864600,'01660c6fc6fd40ea882b0925d596f886',100,0);
INSERT INTO "metrics" VALUES('test/vqa_accuracy_unrounded/yes/no',7.83861671469740599587e+01,1796222864600,'01660c6fc6fd40ea882b0925d596f886',100,0);
INSERT INTO "metrics" VALUES('test/vqa_accuracy/question_type/yes/no',78.39,1796222864600,'01660c6fc6fd40ea882b0925d596f886',100,0);
INSERT INTO "metrics" VALUES('test/vqa_accuracy_unrounded/question_type/yes/no',7.83861671469740599587e+01,1796222864600,'01660c6fc6fd40ea882b0925d596f886',100,0);
INSERT INTO "metrics" VALUES('test/vqa_accuracy/other',24.84,1796222864600,'01660c6fc6fd40ea882b0925d596f886',100,0);
INSERT INTO "metrics" VALUES('test/vqa_accuracy_unrounded/other',2.48366013071895430641e+01,1796222864600,'01660c6fc6fd40ea882b0925d596f886',100,0);
INSERT INTO "metrics" VALUES('test/vqa_accuracy/question_type/shape',33.77,1796222864600,'01660c6fc6fd40ea882b0925d596f886',100,0);
INSERT INTO "metrics" VALUES('test/vqa_accuracy_unrounded/question_type/shape',3.37662337662337677093e+01,1796222864600,'01660c6fc6fd40ea882b0925d596f886',100,0);
INSERT INTO "metrics" VALUES('test/vqa_accuracy/question_type/color',15.79,1796222864600,'01660c6fc6fd40ea882b0925d596f886',100,0);
INSERT INTO "metrics" VALUES('test/vqa_accuracy_unrounded/question_type/color',1.57894736842105256613e+01,1796222864600,'01660c6fc6fd40ea882b0925d596f886',100,0);
INSERT INTO "metrics" VALUES('time/features_s',3.95308972800012270454e+00,1796222864600,'01660c6fc6fd40ea882b0925d596f886',100,0);
INSERT INTO "metrics" VALUES('time/lm_load_s',1.8008437299977231305e-01,1796222864600,'01660c6fc6fd40ea882b0925d596f886',100,0);
INSERT INTO "metrics" VALUES('time/train_s',3.86810601917000894903e+02,1796222864600,'01660c6fc6fd40ea882b0925d596f886',100,0);
INSERT INTO "metrics" VALUES('time/train_step_s',3.86598595129294375638e+00,1796222864600,'01660c6fc6fd40ea882b0925d596f886',100,0);
INSERT INTO "metrics" VALUES('time/eval_s',1.49573455445999570654e+02,1796222864600,'01660c6fc6fd40ea882b0925d596f886',100,0);
INSERT INTO "metrics" VALUES('time/eval_example_s',2.99146910891999129322e-01,1796222864600,'01660c6fc6fd40ea882b0925d596f886',100,0);
INSERT INTO "metrics" VALUES('time/total_s',5.41475140585000190183e+02,1796222864600,'01660c6fc6fd40ea882b0925d596f886',100,0);
INSERT INTO "metrics" VALUES('ima/ima',7.41030814633670598112e-01,1796222891584,'bf091a19040e4218aa43fb43a52cf0da',0,0);
INSERT INTO "metrics" VALUES('ima/ima0',1.3974598775042664997e-02,1796222891584,'bf091a19040e4218aa43fb43a52cf0da',0,0);
INSERT INTO "metrics" VALUES('ima/matched',7.43908238071773642019e-01,1796222891584,'bf091a19040e4218aa43fb43a52cf0da',0,0);
INSERT INTO "metrics" VALUES('ima/pp',9.60438097004071789086e-01,1796222891584,'bf091a19040e4218aa43fb43a52cf0da',0,0);
INSERT INTO "metrics" VALUES('ima/tt',9.61458090080472782545e-01,1796222891584,'bf091a19040e4218aa43fb43a52cf0da',0,0);
INSERT INTO "metrics" VALUES('params/trainable',5737248.0,1796222898974,'2ea5826571ed4fbab2b379ef3163c080',0,0);
INSERT INTO "metrics" VALUES('params/lm',134515008.0,1796222898974,'2ea5826571ed4fbab2b379ef3163c080',0,0);
INSERT INTO "metrics" VALUES('train/loss',0.925709068775177,1796222939717,'2ea5826571ed4fbab2b379ef3163c080',10,0);
INSERT INTO "metrics" VALUES('train/lr',0.0003,1796222939717,'2ea5826571ed4fbab2b379ef3163c080',10,0);
INSERT INTO "metrics" VALUES('train/loss',4.53488886356353759765e-01,1796222978189,'2ea5826571ed4fbab2b379ef3163c080',20,0);
INSERT INTO "metrics" VALUES('train/lr',2.91255430013956655328e-04,1796222978189,'2ea5826571ed4fbab2b379ef3163c080',20,0);
INSERT INTO "metrics" VALUES('train/loss',4.90485996007919311523e-01,1796223017286,'2ea5826571ed4fbab2b379ef3163c080',30,0);
INSERT INTO "metrics" VALUES('train/lr',2.6607644425225175774e-04,1796223017286,'2ea5826571ed4fbab2b379ef3163c080',30,0);
INSERT INTO "metrics" VALUES('ood/easy-vqa/gaussian_noise-3/vqa_accuracy',0.0,1796223036504,'01660c6fc6fd40ea882b0925d596f886',0,0);
INSERT INTO "metrics" VALUES('train/loss',7.52502322196960449218e-01,1796223058568,'2ea5826571ed4fbab2b379ef3163c080',40,0);
INSERT INTO "metrics" VALUES('train/lr',2.27499999999999973293e-04,1796223058568,'2ea5826571ed4fbab2b379ef3163c080',40,0);
INSERT INTO "metrics" VALUES('train/loss',5.10684907436370849609e-01,1796223095739,'2ea5826571ed4fbab2b379ef3163c080',50,0);
INSERT INTO "metrics" VALUES('train/lr',1.80178985761704897562e-04,1796223095739,'2ea5826571ed4fbab2b379ef3163c080',50,0);
INSERT INTO "metrics" VALUES('ima/ima',7.34827711305414799092e-01,1796223100559,'01660c6fc6fd40ea882b0925d596f886',0,0);
INSERT INTO "metrics" VALUES('ima/ima0',1.60301524695101796358e-02,1796223100559,'01660c6fc6fd40ea882b0925d596f886',0,0);
INSERT INTO "metrics" VALUES('ima/matched',7.36502625290718193618e-01,1796223100559,'01660c6fc6fd40ea882b0925d596f886',0,0);
INSERT INTO "metrics" VALUES('ima/pp',9.60438097004071789086e-01,1796223100559,'01660c6fc6fd40ea882b0925d596f886',0,0);
INSERT INTO "metrics" VALUES('ima/tt',9.72306422507850709457e-01,1796223100559,'01660c6fc6fd40ea882b0925d596f886',0,0);
INSERT INTO "metrics" VALUES('params/trainable',1198656.0,1796223103424,'deee6bc48cf64816a4763304ac12d040',0,0);
INSERT INTO "metrics" VALUES('params/lm',134515008.0,1796223103424,'deee6bc48cf64816a4763304ac12d040',0,0);
INSERT INTO "metrics" VALUES('train/loss',3.09289902448654174804e-01,1796223120554,'2ea5826571ed4fbab2b379ef3163c080',60,0);
INSERT INTO "metrics" VALUES('train/lr',1.29821014238295102385e-04,1796223120554,'2ea5826571ed4fbab2b379ef3163c080',60,0);
INSERT INTO "metrics" VALUES('train/loss',9.08195734024047851562e-01,1796223128631,'deee6bc48cf64816a4763304ac12d040',10,0);
INSERT INTO "metrics" VALUES('train/lr',0.003,1796223128631,'deee6bc48cf64816a4763304ac12d040',10,0);
INSERT INTO "metrics" VALUES('train/loss',4.44144874811172485351e-01,1796223146337,'2ea5826571ed4fbab2b379ef3163c080',70,0);
INSERT INTO "metrics" VALUES('train/lr',8.2500000000000026654e-05,1796223146337,'2ea5826571ed4fbab2b379ef3163c080',70,0);
INSERT INTO "metrics" VALUES('train/loss',4.41104233264923095703e-01,1796223153290,'deee6bc48cf64816a4763304ac12d040',20,0);
INSERT INTO "metrics" VALUES('train/lr',2.90984046807493288919e-03,1796223153290,'deee6bc48cf64816a4763304ac12d040',20,0);
INSERT INTO "metrics" VALUES('train/loss',3.56909513473510742187e-01,1796223172623,'2ea5826571ed4fbab2b379ef3163c080',80,0);
INSERT INTO "metrics" VALUES('train/lr',4.39235557477482e-05,1796223172623,'2ea5826571ed4fbab2b379ef3163c080',80,0);
INSERT INTO "metrics" VALUES('train/loss',0.764257550239563,1796223183608,'deee6bc48cf64816a4763304ac12d040',30,0);
INSERT INTO "metrics" VALUES('train/lr',2.65023644246287215509e-03,1796223183608,'deee6bc48cf64816a4763304ac12d040',30,0);
INSERT INTO "metrics" VALUES('train/loss',3.43169957399368286132e-01,1796223210276,'2ea5826571ed4fbab2b379ef3163c080',90,0);
INSERT INTO "metrics" VALUES('train/lr',1.87445699860432937969e-05,1796223210276,'2ea5826571ed4fbab2b379ef3163c080',90,0);
INSERT INTO "metrics" VALUES('train/loss',7.24797904491424560546e-01,1796223227032,'deee6bc48cf64816a4763304ac12d040',40,0);
INSERT INTO "metrics" VALUES('train/lr',0.0022525,1796223227032,'deee6bc48cf64816a4763304ac12d040',40,0);
INSERT INTO "metrics" VALUES('train/loss',3.64221483469009399414e-01,1796223265915,'2ea5826571ed4fbab2b379ef3163c080',100,0);
INSERT INTO "metrics" VALUES('train/lr',1.0e-05,1796223265915,'2ea5826571ed4fbab2b379ef3163c080',100,0);
INSERT INTO "metrics" VALUES('train/loss',4.377346038818359375e-01,1796223280108,'deee6bc48cf64816a4763304ac12d040',50,0);
INSERT INTO "metrics" VALUES('train/lr',1.76460402561206121212e-03,1796223280108,'deee6bc48cf64816a4763304ac12d040',50,0);
INSERT INTO "metrics" VALUES('train/loss',2.7833372354507446289e-01,1796223326406,'deee6bc48cf64816a4763304ac12d040',60,0);
INSERT INTO "metrics" VALUES('train/lr',1.24539597438793931023e-03,1796223326406,'deee6bc48cf64816a4763304ac12d040',60,0);
INSERT INTO "metrics" VALUES('train/loss',4.02142614126205444335e-01,1796223376530,'deee6bc48cf64816a4763304ac12d040',70,0);
INSERT INTO "metrics" VALUES('train/lr',7.57500000000000360544e-04,1796223376530,'deee6bc48cf64816a4763304ac12d040',70,0);
INSERT INTO "metrics" VALUES('test/vqa_accuracy',70.8,1796223411995,'2ea5826571ed4fbab2b379ef3163c080',100,0);
INSERT INTO "metrics" VALUES('test/vqa_accuracy_unrounded',70.8,1796223411995,'2ea5826571ed4fbab2b379ef3163c080',100,0);
INSERT INTO "metrics" VALUES('test/vqa_accuracy/yes/no',78.96,1796223411995,'2ea5826571ed4fbab2b379ef3163c080',100,0);
INSERT INTO "metrics" VALUES('test/vqa_accuracy_unrounded/yes/no',7.896253602305475283e+01,1796223411995,'2ea5826571ed4fbab2b379ef3163c080',100,0);
INSERT INTO "metrics" VALUES('test/vqa_accuracy/question_type/yes/no',78.96,1796223411995,'2ea5826571ed4fbab2b379ef3163c080',100,0);
INSERT INTO "metrics" VALUES('test/vqa_accuracy_unrounded/question_type/yes/no',7.896253602305475283e+01,1796223411995,'2ea5826571ed4fbab2b379ef3163c080',100,0);
INSERT INTO "metrics" VALUES('test/vqa_accuracy/other',52.29,1796223411995,'2ea5826571ed4fbab2b379ef3163c080',100,0);
INSERT INTO "metrics" VALUES('test/vqa_accuracy_unrounded/other',5.22875816993464042053e+01,1796223411995,'2ea5826571ed4fbab2b379ef3163c080',100,0);
INSERT INTO "metrics" VALUES('test/vqa_accuracy/question_type/shape',88.31,1796223411995,'2ea5826571ed4fbab2b379ef3163c080',100,0);
INSERT INTO "metrics" VALUES('test/vqa_accuracy_unrounded/question_type/shape',8.83116883116883144566e+01,1796223411995,'2ea5826571ed4fbab2b379ef3163c080',100,0);
INSERT INTO "metrics" VALUES('test/vqa_accuracy/question_type/color',15.79,1796223411995,'2ea5826571ed4fbab2b379ef3163c080',100,0);
INSERT INTO "metrics" VALUES('test/vqa_accuracy_unrounded/question_type/color',1.57894736842105256613e+01,1796223411995,'2ea5826571ed4fbab2b379ef3163c080',100,0);
INSERT INTO "metrics" VALUES('time/features_s',5.15422065900020243134e+00,1796223411995,'2ea5826571ed4fbab2b379ef3163c080',100,0);
INSERT INTO "metrics" VALUES('time/lm_load_s',1.01297313800023403018e+00,1796223411995,'2ea5826571ed4fbab2b379ef3163c080',100,0);
INSERT INTO "metrics" VALUES('time/train_s',3.67491956283000035902e+02,1796223411995,'2ea5826571ed4fbab2b379ef3163c080',100,0);
INSERT INTO "metrics" VALUES('time/train_step_s',3.66130835932327869386e+00,1796223411995,'2ea5826571ed4fbab2b379ef3163c080',100,0);
INSERT INTO "metrics" VALUES('time/eval_s',1.45489842920000228337e+02,1796223411995,'2ea5826571ed4fbab2b379ef3163c080',100,0);
INSERT INTO "metrics" VALUES('time/eval_example_s',2.90979685840000446006e-01,1796223411995,'2ea5826571ed4fbab2b379ef3163c080',100,0);
INSERT INTO "metrics" VALUES('time/total_s',5.19877169237999623872e+02,1796223411995,'2ea5826571ed4fbab2b379ef3163c080',100,0);
INSERT INTO "metrics" VALUES('train/loss',3.31747382879257202148e-01,1796223415098,'deee6bc48cf64816a4763304ac12d040',80,0);
INSERT INTO "metrics" VALUES('train/lr',3.59763557537128042009e-04,1796223415098,'deee6bc48cf64816a4763304ac12d040',80,0);
INSERT INTO "metrics" VALUES('train/loss',3.27129006385803222656e-01,1796223453429,'deee6bc48cf64816a4763304ac12d040',90,0);
INSERT INTO "metrics" VALUES('train/lr',1.00159531925067063961e-04,1796223453429,'deee6bc48cf64816a4763304ac12d040',90,0);
INSERT INTO "metrics" VALUES('train/loss',2.51700043678283691406e-01,1796223497409,'deee6bc48cf64816a4763304ac12d040',100,0);
INSERT INTO "metrics" VALUES('train/lr',1.0e-05,1796223497409,'deee6bc48cf64816a4763304ac12d040',100,0);
INSERT INTO "metrics" VALUES('ood/easy-vqa/gaussian_noise-3/vqa_accuracy',65.4,1796223538443,'2ea5826571ed4fbab2b379ef3163c080',0,0);
INSERT INTO "metrics" VALUES('ima/ima',6.12003875219098159021e-01,1796223595775,'2ea5826571ed4fbab2b379ef3163c080',0,0);
INSERT INTO "metrics" VALUES('ima/ima0',2.89423807404989331948e-02,1796223595775,'2ea5826571ed4fbab2b379ef3163c080',0,0);
INSERT INTO "metrics" VALUES('ima/matched',6.13410231296477870266e-01,1796223595775,'2ea5826571ed4fbab2b379ef3163c080',0,0);
INSERT INTO "metrics" VALUES('ima/pp',9.75902186634968416001e-01,1796223595775,'2ea5826571ed4fbab2b379ef3163c080',0,0);
INSERT INTO "metrics" VALUES('ima/tt',9.64647030706245467435e-01,1796223595775,'2ea5826571ed4fbab2b379ef3163c080',0,0);
INSERT INTO "metrics" VALUES('params/trainable',1070208.0,1796223598883,'252df570dbc942f79f086793a35b3fe3',0,0);
INSERT INTO "metrics" VALUES('params/lm',134515008.0,1796223598883,'252df570dbc942f79f086793a35b3fe3',0,0);
INSERT INTO "metrics" VALUES('test/vqa_accuracy',77.4,1796223615862,'deee6bc48cf64816a4763304ac12d040',100,0);
INSERT INTO "metrics" VALUES('test/vqa_accuracy_unrounded',77.4,1796223615862,'deee6bc48cf64816a4763304ac12d040',100,0);
INSERT INTO "metrics" VALUES('test/vqa_accuracy/yes/no',79.83,1796223615862,'deee6bc48cf64816a4763304ac12d040',100,0);
INSERT INTO "metrics" VALUES('test/vqa_accuracy_unrounded/yes/no',7.98270893371757921368e+01,1796223615862,'deee6bc48cf64816a4763304ac12d040',100,0);
INSERT INTO "metrics" VALUES('test/vqa_accuracy/question_type/yes/no',79.83,1796223615862,'deee6bc48cf64816a4763304ac12d040',100,0);
INSERT INTO "metrics" VALUES('test/vqa_accuracy_unrounded/question_type/yes/no',7.98270893371757921368e+01,1796223615862,'deee6bc48cf64816a4763304ac12d040',100,0);
INSERT INTO "metrics" VALUES('test/vqa_accuracy/other',71.9,1796223615862,'deee6bc48cf64816a4763304ac12d040',100,0);
INSERT INTO "metrics" VALUES('test/vqa_accuracy_unrounded/other',7.18954248366013075593e+01,1796223615862,'deee6bc48cf64816a4763304ac12d040',100,0);
INSERT INTO "metrics" VALUES('test/vqa_accuracy/question_type/shape',100.0,1796223615862,'deee6bc48cf64816a4763304ac12d040',100,0);
INSERT INTO "metrics" VALUES('test/vqa_accuracy_unrounded/question_type/shape',100.0,1796223615862,'deee6bc48cf64816a4763304ac12d040',100,0);
INSERT INTO "metrics" VALUES('test/vqa_accuracy/question_type/color',43.42,1796223615862,'deee6bc48cf64816a4763304ac12d040',100,0);
INSERT INTO "metrics" VALUES('test/vqa_accuracy_unrounded/question_type/color',4.34210526315789451228e+01,1796223615862,'deee6bc48cf64816a4763304ac12d040',100,0);
INSERT INTO "metrics" VALUES('time/features_s',1.35340841900142550002e+00,1796223615862,'deee6bc48cf64816a4763304ac12d040',100,0);
INSERT INTO "metrics" VALUES('time/lm_load_s',1.72841591000178596004e-01,1796223615862,'deee6bc48cf64816a4763304ac12d040',100,0);
INSERT INTO "metrics" VALUES('time/train_s',3.94060572103000595223e+02,1796223615862,'deee6bc48cf64816a4763304ac12d040',100,0);
INSERT INTO "metrics" VALUES('time/train_step_s',3.95019086278785636068e+00,1796223615862,'deee6bc48cf64816a4763304ac12d040',100,0);
INSERT INTO "metrics" VALUES('time/eval_s',1.18341141402999710413e+02,1796223615862,'deee6bc48cf64816a4763304ac12d040',100,0);
INSERT INTO "metrics" VALUES('time/eval_example_s',2.36682282805999427699e-01,1796223615862,'deee6bc48cf64816a4763304ac12d040',100,0);
INSERT INTO "metrics" VALUES('time/total_s',515.087235938001,1796223615862,'deee6bc48cf64816a4763304ac12d040',100,0);
INSERT INTO "metrics" VALUES('params/trainable',6470208.0,1796223625962,'60e45c4d1e0d4f67af6c4c1861bbfd69',0,0);
INSERT INTO "metrics" VALUES('params/lm',134515008.0,1796223625962,'60e45c4d1e0d4f67af6c4c1861bbfd69',0,0);
INSERT INTO "metrics" VALUES('train/loss',1.54690968990325927734e+00,1796223633731,'252df570dbc942f79f086793a35b3fe3',10,0);
INSERT INTO "metrics" VALUES('train/lr',0.001,1796223633731,'252df570dbc942f79f086793a35b3fe3',10,0);
INSERT INTO "metrics" VALUES('train/loss',1.31320428848266601562e+00,1796223657386,'60e45c4d1e0d4f67af6c4c1861bbfd69',10,0);
INSERT INTO "metrics" VALUES('train/lr',0.0003,1796223657386,'60e45c4d1e0d4f67af6c4c1861bbfd69',10,0);
INSERT INTO "metrics" VALUES('train/loss',5.52763760089874267578e-01,1796223668962,'252df570dbc942f79f086793a35b3fe3',20,0);
INSERT INTO "metrics" VALUES('train/lr',9.70147847289024728434e-04,1796223668962,'252df570dbc942f79f086793a35b3fe3',20,0);
INSERT INTO "metrics" VALUES('train/loss',7.59406447410583496093e-01,1796223690490,'60e45c4d1e0d4f67af6c4c1861bbfd69',20,0);
INSERT INTO "metrics" VALUES('train/lr',2.91255430013956655328e-04,1796223690490,'60e45c4d1e0d4f67af6c4c1861bbfd69',20,0);
INSERT INTO "metrics" VALUES('train/loss',1.12849771976470947265e+00,1796223703971,'252df570dbc942f79f086793a35b3fe3',30,0);
INSERT INTO "metrics" VALUES('train/lr',8.84191999343894086994e-04,1796223703971,'252df570dbc942f79f086793a35b3fe3',30,0);
INSERT INTO "metrics" VALUES('train/loss',1.00936985015869140625e+00,1796223722756,'60e45c4d1e0d4f67af6c4c1861bbfd69',30,0);
INSERT INTO "metrics" VALUES('train/lr',2.6607644425225175774e-04,1796223722756,'60e45c4d1e0d4f67af6c4c1861bbfd69',30,0);
INSERT INTO "metrics" VALUES('train/loss',1.09190917015075683593e+00,1796223739885,'252df570dbc942f79f086793a35b3fe3',40,0);
INSERT INTO "metrics" VALUES('train/lr',7.52499999999999913749e-04,1796223739885,'252df570dbc942f79f086793a35b3fe3',40,0);
INSERT INTO "metrics" VALUES('train/loss',1.1159158945083618164e+00,1796223754693,'60e45c4d1e0d4f67af6c4c1861bbfd69',40,0);
INSERT INTO "metrics" VALUES('train/lr',2.27499999999999973293e-04,1796223754693,'60e45c4d1e0d4f67af6c4c1861bbfd69',40,0);
INSERT INTO "metrics" VALUES('train/loss',9.27048563957214355468e-01,1796223773815,'252df570dbc942f79f086793a35b3fe3',50,0);
INSERT INTO "metrics" VALUES('train/lr',5.90955847945130556542e-04,1796223773815,'252df570dbc942f79f086793a35b3fe3',50,0);
INSERT INTO "metrics" VALUES('train/loss',9.31807875633239746093e-01,1796223787529,'60e45c4d1e0d4f67af6c4c1861bbfd69',50,0);
INSERT INTO "metrics" VALUES('train/lr',1.80178985761704897562e-04,1796223787529,'60e45c4d1e0d4f67af6c4c1861bbfd69',50,0);
INSERT INTO "metrics" VALUES('train/loss',6.98910415172576904296e-01,1796223808797,'252df570dbc942f79f086793a35b3fe3',60,0);
INSERT INTO "metrics" VALUES('train/lr',4.19044152054869490503e-04,1796223808797,'252df570dbc942f79f086793a35b3fe3',60,0);
INSERT INTO "metrics" VALUES('train/loss',4.19560283422470092773e-01,1796223820916,'60e45c4d1e0d4f67af6c4c1861bbfd69',60,0);
INSERT INTO "metrics" VALUES('train/lr',1.29821014238295102385e-04,1796223820916,'60e45c4d1e0d4f67af6c4c1861bbfd69',60,0);
INSERT INTO "metrics" VALUES('train/loss',0.891808807849884,1796223845599,'252df570dbc942f79f086793a35b3fe3',70,0);
INSERT INTO "metrics" VALUES('train/lr',2.57500000000000133296e-04,1796223845599,'252df570dbc942f79f086793a35b3fe3',70,0);
INSERT INTO "metrics" VALUES('train/loss',7.79317677021026611328e-01,1796223853561,'60e45c4d1e0d4f67af6c4c1861bbfd69',70,0);
INSERT INTO "metrics" VALUES('train/lr',8.2500000000000026654e-05,1796223853561,'60e45c4d1e0d4f67af6c4c1861bbfd69',70,0);
INSERT INTO "metrics" VALUES('train/loss',5.75339496135711669921e-01,1796223879750,'252df570dbc942f79f086793a35b3fe3',80,0);
INSERT INTO "metrics" VALUES('train/lr',1.2580800065610596005e-04,1796223879750,'252df570dbc942f79f086793a35b3fe3',80,0);
INSERT INTO "metrics" VALUES('train/loss',5.4239374399185180664e-01,1796223886400,'60e45c4d1e0d4f67af6c4c1861bbfd69',80,0);
INSERT INTO "metrics" VALUES('train/lr',4.39235557477482e-05,1796223886400,'60e45c4d1e0d4f67af6c4c1861bbfd69',80,0);
INSERT INTO "metrics" VALUES('train/loss',9.15817439556121826171e-01,1796223911941,'252df570dbc942f79f086793a35b3fe3',90,0);
INSERT INTO "metrics" VALUES('train/lr',3.98521527109753863739e-05,1796223911941,'252df570dbc942f79f086793a35b3fe3',90,0);
INSERT INTO "metrics" VALUES('train/loss',6.29832744598388671875e-01,1796223917802,'60e45c4d1e0d4f67af6c4c1861bbfd69',90,0);
INSERT INTO "metrics" VALUES('train/lr',1.87445699860432937969e-05,1796223917802,'60e45c4d1e0d4f67af6c4c1861bbfd69',90,0);
INSERT INTO "metrics" VALUES('train/loss',3.78321856260299682617e-01,1796223947211,'252df570dbc942f79f086793a35b3fe3',100,0);
INSERT INTO "metrics" VALUES('train/lr',1.0e-05,1796223947211,'252df570dbc942f79f086793a35b3fe3',100,0);
INSERT INTO "metrics" VALUES('train/loss',4.59750920534133911132e-01,1796223949261,'60e45c4d1e0d4f67af6c4c1861bbfd69',100,0);
INSERT INTO "metrics" VALUES('train/lr',1.0e-05,1796223949261,'60e45c4d1e0d4f67af6c4c1861bbfd69',100,0);
INSERT INTO "metrics" VALUES('test/vqa_accuracy',76.2,1796224036596,'60e45c4d1e0d4f67af6c4c1861bbfd69',100,0);
INSERT INTO "metrics" VALUES('test/vqa_accuracy_unrounded',76.2,1796224036596,'60e45c4d1e0d4f67af6c4c1861bbfd69',100,0);
INSERT INTO "metrics" VALUES('test/vqa_accuracy/yes/no',79.83,1796224036596,'60e45c4d1e0d4f67af6c4c1861bbfd69',100,0);
INSERT INTO "metrics" VALUES('test/vqa_accuracy_unrounded/yes/no',7.98270893371757921368e+01,1796224036596,'60e45c4d1e0d4f67af6c4c1861bbfd69',100,0);
INSERT INTO "metrics" VALUES('test/vqa_accuracy/question_type/yes/no',79.83,1796224036596,'60e45c4d1e0d4f67af6c4c1861bbfd69',100,0);
INSERT INTO "metrics" VALUES('test/vqa_accuracy_unrounded/question_type/yes/no',7.98270893371757921368e+01,1796224036596,'60e45c4d1e0d4f67af6c4c1861bbfd69',100,0);
INSERT INTO "metrics" VALUES('test/vqa_accuracy/other',67.97,1796224036596,'60e45c4d1e0d4f67af6c4c1861bbfd69',100,0);
INSERT INTO "metrics" VALUES('test/vqa_accuracy_unrounded/other',6.7973856209150326892e+01,1796224036596,'60e45c4d1e0d4f67af6c4c1861bbfd69',100,0);
INSERT INTO "metrics" VALUES('test/vqa_accuracy/question_type/shape',98.7,1796224036596,'60e45c4d1e0d4f67af6c4c1861bbfd69',100,0);
INSERT INTO "metrics" VALUES('test/vqa_accuracy_unrounded/question_type/shape',98.7012987012987,1796224036596,'60e45c4d1e0d4f67af6c4c1861bbfd69',100,0);
INSERT INTO "metrics" VALUES('test/vqa_accuracy/question_type/color',36.84,1796224036596,'60e45c4d1e0d4f67af6c4c1861bbfd69',100,0);
INSERT INTO "metrics" VALUES('test/vqa_accuracy_unrounded/question_type/color',36.8421052631579,1796224036596,'60e45c4d1e0d4f67af6c4c1861bbfd69',100,0);
INSERT INTO "metrics" VALUES('time/features_s',6.89604407499973603989e+00,1796224036596,'60e45c4d1e0d4f67af6c4c1861bbfd69',100,0);
INSERT INTO "metrics" VALUES('time/lm_load_s',1.31492750899997190572e+00,1796224036596,'60e45c4d1e0d4f67af6c4c1861bbfd69',100,0);
INSERT INTO "metrics" VALUES('time/train_s',3.23526802561998920275e+02,1796224036596,'60e45c4d1e0d4f67af6c4c1861bbfd69',100,0);
INSERT INTO "metrics" VALUES('time/train_step_s',3.22923429549491336487e+00,1796224036596,'60e45c4d1e0d4f67af6c4c1861bbfd69',100,0);
INSERT INTO "metrics" VALUES('time/eval_s',87.0525637970004,1796224036596,'60e45c4d1e0d4f67af6c4c1861bbfd69',100,0);
INSERT INTO "metrics" VALUES('time/eval_example_s',1.74105127594000819168e-01,1796224036596,'60e45c4d1e0d4f67af6c4c1861bbfd69',100,0);
INSERT INTO "metrics" VALUES('time/total_s',4.19618359251999208927e+02,1796224036596,'60e45c4d1e0d4f67af6c4c1861bbfd69',100,0);
INSERT INTO "metrics" VALUES('test/vqa_accuracy',66.6,1796224065858,'252df570dbc942f79f086793a35b3fe3',100,0);
INSERT INTO "metrics" VALUES('test/vqa_accuracy_unrounded',66.6,1796224065858,'252df570dbc942f79f086793a35b3fe3',100,0);
INSERT INTO "metrics" VALUES('test/vqa_accuracy/yes/no',73.2,1796224065858,'252df570dbc942f79f086793a35b3fe3',100,0);
INSERT INTO "metrics" VALUES('test/vqa_accuracy_unrounded/yes/no',7.31988472622478383291e+01,1796224065858,'252df570dbc942f79f086793a35b3fe3',100,0);
INSERT INTO "metrics" VALUES('test/vqa_accuracy/question_type/yes/no',73.2,1796224065858,'252df570dbc942f79f086793a35b3fe3',100,0);
INSERT INTO "metrics" VALUES('test/vqa_accuracy_unrounded/question_type/yes/no',7.31988472622478383291e+01,1796224065858,'252df570dbc942f79f086793a35b3fe3',100,0);
INSERT INTO "metrics" VALUES('test/vqa_accuracy/other',51.63,1796224065858,'252df570dbc942f79f086793a35b3fe3',100,0);
INSERT INTO "metrics" VALUES('test/vqa_accuracy_unrounded/other',5.1633986928104576462e+01,1796224065858,'252df570dbc942f79f086793a35b3fe3',100,0);
INSERT INTO "metrics" VALUES('test/vqa_accuracy/question_type/shape',87.01,1796224065858,'252df570dbc942f79f086793a35b3fe3',100,0);
INSERT INTO "metrics" VALUES('test/vqa_accuracy_unrounded/question_type/shape',8.70129870129870113242e+01,1796224065858,'252df570dbc942f79f086793a35b3fe3',100,0);
INSERT INTO "metrics" VALUES('test/vqa_accuracy/question_type/color',15.79,1796224065858,'252df570dbc942f79f086793a35b3fe3',100,0);
INSERT INTO "metrics" VALUES('test/vqa_accuracy_unrounded/question_type/color',1.57894736842105256613e+01,1796224065858,'252df570dbc942f79f086793a35b3fe3',100,0);
INSERT INTO "metrics" VALUES('time/features_s',1.46666700700006913393e+00,1796224065858,'252df570dbc942f79f086793a35b3fe3',100,0);
INSERT INTO "metrics" VALUES('time/lm_load_s',5.9682208300000638701e-01,1796224065858,'252df570dbc942f79f086793a35b3fe3',100,0);
INSERT INTO "metrics" VALUES('time/train_s',3.48373876378000204559e+02,1796224065858,'252df570dbc942f79f086793a35b3fe3',100,0);
INSERT INTO "metrics" VALUES('time/train_step_s',3.48775124834344651958e+00,1796224065858,'252df570dbc942f79f086793a35b3fe3',100,0);
INSERT INTO "metrics" VALUES('time/eval_s',1.18560129510999104243e+02,1796224065858,'252df570dbc942f79f086793a35b3fe3',100,0);
INSERT INTO "metrics" VALUES('time/eval_example_s',2.37120259021998208703e-01,1796224065858,'252df570dbc942f79f086793a35b3fe3',100,0);
INSERT INTO "metrics" VALUES('time/total_s',4.69423194365001108943e+02,1796224065858,'252df570dbc942f79f086793a35b3fe3',100,0);
INSERT INTO "metrics" VALUES('ood/easy-vqa/gaussian_noise-3/vqa_accuracy',65.2,1796224129990,'60e45c4d1e0d4f67af6c4c1861bbfd69',0,0);
INSERT INTO "metrics" VALUES('ima/ima',6.85786452583518335579e-01,1796224167024,'60e45c4d1e0d4f67af6c4c1861bbfd69',0,0);
INSERT INTO "metrics" VALUES('ima/ima0',-1.95103789689058250249e-04,1796224167024,'60e45c4d1e0d4f67af6c4c1861bbfd69',0,0);
INSERT INTO "metrics" VALUES('ima/matched',0.686429912751753,1796224167024,'60e45c4d1e0d4f67af6c4c1861bbfd69',0,0);
INSERT INTO "metrics" VALUES('ima/pp',9.9646519342492823057e-01,1796224167024,'60e45c4d1e0d4f67af6c4c1861bbfd69',0,0);
INSERT INTO "metrics" VALUES('ima/tt',9.64217400322421314129e-01,1796224167024,'60e45c4d1e0d4f67af6c4c1861bbfd69',0,0);
INSERT INTO "metrics" VALUES('params/trainable',8212544.0,1796224171565,'4efbbaa0574047d786a4a5dd69c00571',0,0);
INSERT INTO "metrics" VALUES('params/lm',134515008.0,1796224171565,'4efbbaa0574047d786a4a5dd69c00571',0,0);
INSERT INTO "metrics" VALUES('ood/easy-vqa/gaussian_noise-3/vqa_accuracy',51.6,1796224185076,'252df570dbc942f79f086793a35b3fe3',0,0);
INSERT INTO "metrics" VALUES('train/loss',2.55738115310668945312e+00,1796224211041,'4efbbaa0574047d786a4a5dd69c00571',10,0);
INSERT INTO "metrics" VALUES('train/lr',0.001,1796224211041,'4efbbaa0574047d786a4a5dd69c00571',10,0);
INSERT INTO "metrics" VALUES('train/loss',6.05184674263000488281e-01,1796224246052,'4efbbaa0574047d786a4a5dd69c00571',20,0);
INSERT INTO "metrics" VALUES('train/lr',9.70147847289024728434e-04,1796224246052,'4efbbaa0574047d786a4a5dd69c00571',20,0);
INSERT INTO "metrics" VALUES('ima/ima',6.6978428908549059173e-01,1796224247078,'252df570dbc942f79f086793a35b3fe3',0,0);
INSERT INTO "metrics" VALUES('ima/ima0',4.66399040273779222354e-02,1796224247078,'252df570dbc942f79f086793a35b3fe3',0,0);
INSERT INTO "metrics" VALUES('ima/matched',6.71585789845352443272e-01,1796224247078,'252df570dbc942f79f086793a35b3fe3',0,0);
INSERT INTO "metrics" VALUES('ima/pp',9.87138819692781277481e-01,1796224247078,'252df570dbc942f79f086793a35b3fe3',0,0);
INSERT INTO "metrics" VALUES('ima/tt',9.60757862359041259203e-01,1796224247078,'252df570dbc942f79f086793a35b3fe3',0,0);
INSERT INTO "metrics" VALUES('params/trainable',2076480.0,1796224250809,'f9059996ff6b4dbebb53d2327b690220',0,0);
INSERT INTO "metrics" VALUES('params/lm',134515008.0,1796224250809,'f9059996ff6b4dbebb53d2327b690220',0,0);
INSERT INTO "metrics" VALUES('train/loss',1.05608320236206054687e+00,1796224275900,'4efbbaa0574047d786a4a5dd69c00571',30,0);
INSERT INTO "metrics" VALUES('train/lr',8.84191999343894086994e-04,1796224275900,'4efbbaa0574047d786a4a5dd69c00571',30,0);
INSERT INTO "metrics" VALUES('train/loss',1.94244146347045898437e+00,1796224287645,'f9059996ff6b4dbebb53d2327b690220',10,0);
INSERT INTO "metrics" VALUES('train/lr',0.0003,1796224287645,'f9059996ff6b4dbebb53d2327b690220',10,0);
INSERT INTO "metrics" VALUES('train/loss',9.2187601327896118164e-01,1796224306344,'4efbbaa0574047d786a4a5dd69c00571',40,0);
INSERT INTO "metrics" VALUES('train/lr',7.52499999999999913749e-04,1796224306344,'4efbbaa0574047d786a4a5dd69c00571',40,0);
INSERT INTO "metrics" VALUES('train/loss',0.602253258228302,1796224323686,'f9059996ff6b4dbebb53d2327b690220',20,0);
INSERT INTO "metrics" VALUES('train/lr',2.91255430013956655328e-04,1796224323686,'f9059996ff6b4dbebb53d2327b690220',20,0);
INSERT INTO "metrics" VALUES('train/loss',8.7153720855712890625e-01,1796224337217,'4efbbaa0574047d786a4a5dd69c00571',50,0);
INSERT INTO "metrics" VALUES('train/lr',5.90955847945130556542e-04,1796224337217,'4efbbaa0574047d786a4a5dd69c00571',50,0);
INSERT INTO "metrics" VALUES('train/loss',9.98578011989593505859e-01,1796224359386,'f9059996ff6b4dbebb53d2327b690220',30,0);
INSERT INTO "metrics" VALUES('train/lr',2.6607644425225175774e-04,1796224359386,'f9059996ff6b4dbebb53d2327b690220',30,0);
INSERT INTO "metrics" VALUES('train/loss',4.94340628385543823242e-01,1796224368140,'4efbbaa0574047d786a4a5dd69c00571',60,0);
INSERT INTO "metrics" VALUES('train/lr',4.19044152054869490503e-04,1796224368140,'4efbbaa0574047d786a4a5dd69c00571',60,0);
INSERT INTO "metrics" VALUES('train/loss',9.61078584194183349609e-01,1796224397168,'f9059996ff6b4dbebb53d2327b690220',40,0);
INSERT INTO "metrics" VALUES('train/lr',2.27499999999999973293e-04,1796224397168,'f9059996ff6b4dbebb53d2327b690220',40,0);
INSERT INTO "metrics" VALUES('train/loss',8.85308504104614257812e-01,1796224398341,'4efbbaa0574047d786a4a5dd69c00571',70,0);
INSERT INTO "metrics" VALUES('train/lr',2.57500000000000133296e-04,1796224398341,'4efbbaa0574047d786a4a5dd69c00571',70,0);
INSERT INTO "metrics" VALUES('train/loss',5.9141445159912109375e-01,1796224428253,'4efbbaa0574047d786a4a5dd69c00571',80,0);
INSERT INTO "metrics" VALUES('train/lr',1.2580800065610596005e-04,1796224428253,'4efbbaa0574047d786a4a5dd69c00571',80,0);
INSERT INTO "metrics" VALUES('train/loss',9.65558707714080810546e-01,1796224433235,'f9059996ff6b4dbebb53d2327b690220',50,0);
INSERT INTO "metrics" VALUES('train/lr',1.80178985761704897562e-04,1796224433235,'f9059996ff6b4dbebb53d2327b690220',50,0);
INSERT INTO "metrics" VALUES('train/loss',8.79853188991546630859e-01,1796224458408,'4efbbaa0574047d786a4a5dd69c00571',90,0);
INSERT INTO "metrics" VALUES('train/lr',3.98521527109753863739e-05,1796224458408,'4efbbaa0574047d786a4a5dd69c00571',90,0);
INSERT INTO "metrics" VALUES('train/loss',3.90016287565231323242e-01,1796224470459,'f9059996ff6b4dbebb53d2327b690220',60,0);
INSERT INTO "metrics" VALUES('train/lr',1.29821014238295102385e-04,1796224470459,'f9059996ff6b4dbebb53d2327b690220',60,0);
INSERT INTO "metrics" VALUES('train/loss',4.45552706718444824218e-01,1796224489040,'4efbbaa0574047d786a4a5dd69c00571',100,0);
INSERT INTO "metrics" VALUES('train/lr',1.0e-05,1796224489040,'4efbbaa0574047d786a4a5dd69c00571',100,0);
INSERT INTO "metrics" VALUES('train/loss',8.38820338249206542968e-01,1796224507882,'f9059996ff6b4dbebb53d2327b690220',70,0);
INSERT INTO "metrics" VALUES('train/lr',8.2500000000000026654e-05,1796224507882,'f9059996ff6b4dbebb53d2327b690220',70,0);
INSERT INTO "metrics" VALUES('train/loss',5.50641894340515136718e-01,1796224540090,'f9059996ff6b4dbebb53d2327b690220',80,0);
INSERT INTO "metrics" VALUES('train/lr',4.39235557477482e-05,1796224540090,'f9059996ff6b4dbebb53d2327b690220',80,0);
INSERT INTO "metrics" VALUES('test/vqa_accuracy',65.8,1796224562019,'4efbbaa0574047d786a4a5dd69c00571',100,0);
INSERT INTO "metrics" VALUES('test/vqa_accuracy_unrounded',65.8,1796224562019,'4efbbaa0574047d786a4a5dd69c00571',100,0);
INSERT INTO "metrics" VALUES('test/vqa_accuracy/yes/no',71.18,1796224562019,'4efbbaa0574047d786a4a5dd69c00571',100,0);
INSERT INTO "metrics" VALUES('test/vqa_accuracy_unrounded/yes/no',7.11815561959654132797e+01,1796224562019,'4efbbaa0574047d786a4a5dd69c00571',100,0);
INSERT INTO "metrics" VALUES('test/vqa_accuracy/question_type/yes/no',71.18,1796224562019,'4efbbaa0574047d786a4a5dd69c00571',100,0);
INSERT INTO "metrics" VALUES('test/vqa_accuracy_unrounded/question_type/yes/no',7.11815561959654132797e+01,1796224562019,'4efbbaa0574047d786a4a5dd69c00571',100,0);
INSERT INTO "metrics" VALUES('test/vqa_accuracy/other',53.59,1796224562019,'4efbbaa0574047d786a4a5dd69c00571',100,0);
INSERT INTO "metrics" VALUES('test/vqa_accuracy_unrounded/other',5.35947712418300668e+01,1796224562019,'4efbbaa0574047d786a4a5dd69c00571',100,0);
INSERT INTO "metrics" VALUES('test/vqa_accuracy/question_type/shape',87.01,1796224562019,'4efbbaa0574047d786a4a5dd69c00571',100,0);
INSERT INTO "metrics" VALUES('test/vqa_accuracy_unrounded/question_type/shape',8.70129870129870113242e+01,1796224562019,'4efbbaa0574047d786a4a5dd69c00571',100,0);
INSERT INTO "metrics" VALUES('test/vqa_accuracy/question_type/color',19.74,1796224562019,'4efbbaa0574047d786a4a5dd69c00571',100,0);
INSERT INTO "metrics" VALUES('test/vqa_accuracy_unrounded/question_type/color',1.97368421052631575207e+01,1796224562019,'4efbbaa0574047d786a4a5dd69c00571',100,0);
INSERT INTO "metrics" VALUES('time/features_s',3.29306203399937658105e+00,1796224562019,'4efbbaa0574047d786a4a5dd69c00571',100,0);
INSERT INTO "metrics" VALUES('time/lm_load_s',2.65516774999923654831e-01,1796224562019,'4efbbaa0574047d786a4a5dd69c00571',100,0);
INSERT INTO "metrics" VALUES('time/train_s',3.17679860230000485907e+02,1796224562019,'4efbbaa0574047d786a4a5dd69c00571',100,0);
INSERT INTO "metrics" VALUES('time/train_step_s',3.15717753974758741364e+00,1796224562019,'4efbbaa0574047d786a4a5dd69c00571',100,0);
INSERT INTO "metrics" VALUES('time/eval_s',7.27231489719997625797e+01,1796224562019,'4efbbaa0574047d786a4a5dd69c00571',100,0);
INSERT INTO "metrics" VALUES('time/eval_example_s',1.45446297943999519608e-01,1796224562019,'4efbbaa0574047d786a4a5dd69c00571',100,0);
INSERT INTO "metrics" VALUES('time/total_s',3.94673423676000311392e+02,1796224562019,'4efbbaa0574047d786a4a5dd69c00571',100,0);
INSERT INTO "metrics" VALUES('train/loss',7.12077975273132324218e-01,1796224563109,'f9059996ff6b4dbebb53d2327b690220',90,0);
INSERT INTO "metrics" VALUES('train/lr',1.87445699860432937969e-05,1796224563109,'f9059996ff6b4dbebb53d2327b690220',90,0);
INSERT INTO "metrics" VALUES('train/loss',5.55345118045806884765e-01,1796224586237,'f9059996ff6b4dbebb53d2327b690220',100,0);
INSERT INTO "metrics" VALUES('train/lr',1.0e-05,1796224586237,'f9059996ff6b4dbebb53d2327b690220',100,0);
INSERT INTO "metrics" VALUES('ood/easy-vqa/gaussian_noise-3/vqa_accuracy',58.4,1796224620121,'4efbbaa0574047d786a4a5dd69c00571',0,0);
INSERT INTO "metrics" VALUES('ima/ima',6.71975142062494756878e-01,1796224647380,'4efbbaa0574047d786a4a5dd69c00571',0,0);
INSERT INTO "metrics" VALUES('ima/ima0',4.35125750633050673021e-02,1796224647380,'4efbbaa0574047d786a4a5dd69c00571',0,0);
INSERT INTO "metrics" VALUES('ima/matched',6.72208970518466397692e-01,1796224647380,'4efbbaa0574047d786a4a5dd69c00571',0,0);
INSERT INTO "metrics" VALUES('ima/pp',9.98301796870251112459e-01,1796224647380,'4efbbaa0574047d786a4a5dd69c00571',0,0);
INSERT INTO "metrics" VALUES('ima/tt',9.66057780401266552594e-01,1796224647380,'4efbbaa0574047d786a4a5dd69c00571',0,0);
INSERT INTO "metrics" VALUES('params/trainable',1071360.0,1796224654010,'9bd90e3f9cce4624893e77671d7193d5',0,0);
INSERT INTO "metrics" VALUES('params/lm',134515008.0,1796224654010,'9bd90e3f9cce4624893e77671d7193d5',0,0);
INSERT INTO "metrics" VALUES('test/vqa_accuracy',73.2,1796224662981,'f9059996ff6b4dbebb53d2327b690220',100,0);
INSERT INTO "metrics" VALUES('test/vqa_accuracy_unrounded',73.2,1796224662981,'f9059996ff6b4dbebb53d2327b690220',100,0);
INSERT INTO "metrics" VALUES('test/vqa_accuracy/yes/no',79.25,1796224662981,'f9059996ff6b4dbebb53d2327b690220',100,0);
INSERT INTO "metrics" VALUES('test/vqa_accuracy_unrounded/yes/no',79.2507204610951,1796224662981,'f9059996ff6b4dbebb53d2327b690220',100,0);
INSERT INTO "metrics" VALUES('test/vqa_accuracy/question_type/yes/no',79.25,1796224662981,'f9059996ff6b4dbebb53d2327b690220',100,0);
INSERT INTO "metrics" VALUES('test/vqa_accuracy_unrounded/question_type/yes/no',79.2507204610951,1796224662981,'f9059996ff6b4dbebb53d2327b690220',100,0);
INSERT INTO "metrics" VALUES('test/vqa_accuracy/other',59.48,1796224662981,'f9059996ff6b4dbebb53d2327b690220',100,0);
INSERT INTO "metrics" VALUES('test/vqa_accuracy_unrounded/other',5.94771241830065378053e+01,1796224662981,'f9059996ff6b4dbebb53d2327b690220',100,0);
INSERT INTO "metrics" VALUES('test/vqa_accuracy/question_type/shape',96.1,1796224662981,'f9059996ff6b4dbebb53d2327b690220',100,0);
INSERT INTO "metrics" VALUES('test/vqa_accuracy_unrounded/question_type/shape',96.1038961038961,1796224662981,'f9059996ff6b4dbebb53d2327b690220',100,0);
INSERT INTO "metrics" VALUES('test/vqa_accuracy/question_type/color',22.37,1796224662981,'f9059996ff6b4dbebb53d2327b690220',100,0);
INSERT INTO "metrics" VALUES('test/vqa_accuracy_unrounded/question_type/color',2.23684210526315787595e+01,1796224662981,'f9059996ff6b4dbebb53d2327b690220',100,0);
INSERT INTO "metrics" VALUES('time/features_s',2.06793472000026667956e+00,1796224662981,'f9059996ff6b4dbebb53d2327b690220',100,0);
INSERT INTO "metrics" VALUES('time/lm_load_s',2.49990829001035308465e-01,1796224662981,'f9059996ff6b4dbebb53d2327b690220',100,0);
INSERT INTO "metrics" VALUES('time/train_s',3.35478653749998557021e+02,1796224662981,'f9059996ff6b4dbebb53d2327b690220',100,0);
INSERT INTO "metrics" VALUES('time/train_step_s',3.34173965897980895789e+00,1796224662981,'f9059996ff6b4dbebb53d2327b690220',100,0);
INSERT INTO "metrics" VALUES('time/eval_s',7.6658934333998331569e+01,1796224662981,'f9059996ff6b4dbebb53d2327b690220',100,0);
INSERT INTO "metrics" VALUES('time/eval_example_s',1.5331786866799665403e-01,1796224662981,'f9059996ff6b4dbebb53d2327b690220',100,0);
INSERT INTO "metrics" VALUES('time/total_s',4.15588463206999222162e+02,1796224662981,'f9059996ff6b4dbebb53d2327b690220',100,0);
INSERT INTO "metrics" VALUES('train/loss',1.52366793155670166015e+00,1796224667931,'9bd90e3f9cce4624893e77671d7193d5',10,0);
INSERT INTO "metrics" VALUES('train/lr',0.003,1796224667931,'9bd90e3f9cce4624893e77671d7193d5',10,0);
INSERT INTO "metrics" VALUES('train/loss',5.604648590087890625e-01,1796224681275,'9bd90e3f9cce4624893e77671d7193d5',20,0);
INSERT INTO "metrics" VALUES('train/lr',2.90984046807493288919e-03,1796224681275,'9bd90e3f9cce4624893e77671d7193d5',20,0);
INSERT INTO "metrics" VALUES('train/loss',8.92697155475616455078e-01,1796224696331,'9bd90e3f9cce4624893e77671d7193d5',30,0);
INSERT INTO "metrics" VALUES('train/lr',2.65023644246287215509e-03,1796224696331,'9bd90e3f9cce4624893e77671d7193d5',30,0);
INSERT INTO "metrics" VALUES('train/loss',9.3014812469482421875e-01,1796224710472,'9bd90e3f9cce4624893e77671d7193d5',40,0);
INSERT INTO "metrics" VALUES('train/lr',0.0022525,1796224710472,'9bd90e3f9cce4624893e77671d7193d5',40,0);
INSERT INTO "metrics" VALUES('train/loss',7.92863965034484863281e-01,1796224728483,'9bd90e3f9cce4624893e77671d7193d5',50,0);
INSERT INTO "metrics" VALUES('train/lr',1.76460402561206121212e-03,1796224728483,'9bd90e3f9cce4624893e77671d7193d5',50,0);
INSERT INTO "metrics" VALUES('train/loss',4.19497281312942504882e-01,1796224748868,'9bd90e3f9cce4624893e77671d7193d5',60,0);
INSERT INTO "metrics" VALUES('train/lr',1.24539597438793931023e-03,1796224748868,'9bd90e3f9cce4624893e77671d7193d5',60,0);
INSERT INTO "metrics" VALUES('ood/easy-vqa/gaussian_noise-3/vqa_accuracy',62.6,1796224755117,'f9059996ff6b4dbebb53d2327b690220',0,0);
INSERT INTO "metrics" VALUES('train/loss',4.69605207443237304687e-01,1796224768825,'9bd90e3f9cce4624893e77671d7193d5',70,0);
INSERT INTO "metrics" VALUES('train/lr',7.57500000000000360544e-04,1796224768825,'9bd90e3f9cce4624893e77671d7193d5',70,0);
INSERT INTO "metrics" VALUES('train/loss',3.70200961828231811523e-01,1796224787044,'9bd90e3f9cce4624893e77671d7193d5',80,0);
INSERT INTO "metrics" VALUES('train/lr',3.59763557537128042009e-04,1796224787044,'9bd90e3f9cce4624893e77671d7193d5',80,0);
INSERT INTO "metrics" VALUES('ima/ima',6.92277878094204490722e-01,1796224801525,'f9059996ff6b4dbebb53d2327b690220',0,0);
INSERT INTO "metrics" VALUES('ima/ima0',6.81893823490889589011e-02,1796224801525,'f9059996ff6b4dbebb53d2327b690220',0,0);
INSERT INTO "metrics" VALUES('ima/matched',6.92599442773379814219e-01,1796224801525,'f9059996ff6b4dbebb53d2327b690220',0,0);
INSERT INTO "metrics" VALUES('ima/pp',9.98266965261013106136e-01,1796224801525,'f9059996ff6b4dbebb53d2327b690220',0,0);
INSERT INTO "metrics" VALUES('ima/tt',9.6280500305272909145e-01,1796224801525,'f9059996ff6b4dbebb53d2327b690220',0,0);
INSERT INTO "metrics" VALUES('params/trainable',8450496.0,1796224805118,'df8d9f2e2e4d4b9b8d9fbabb46dcc079',0,0);
INSERT INTO "metrics" VALUES('params/lm',134515008.0,1796224805118,'df8d9f2e2e4d4b9b8d9fbabb46dcc079',0,0);
INSERT INTO "metrics" VALUES('train/loss',4.98920559883117675781e-01,1796224805672,'9bd90e3f9cce4624893e77671d7193d5',90,0);
INSERT INTO "metrics" VALUES('train/lr',1.00159531925067063961e-04,1796224805672,'9bd90e3f9cce4624893e77671d7193d5',90,0);
INSERT INTO "metrics" VALUES('train/loss',3.25663238763809204101e-01,1796224827779,'9bd90e3f9cce4624893e77671d7193d5',100,0);
INSERT INTO "metrics" VALUES('train/lr',1.0e-05,1796224827779,'9bd90e3f9cce4624893e77671d7193d5',100,0);
INSERT INTO "metrics" VALUES('train/loss',7.12695717811584472656e-01,1796224853175,'df8d9f2e2e4d4b9b8d9fbabb46dcc079',10,0);
INSERT INTO "metrics" VALUES('train/lr',0.0003,1796224853175,'df8d9f2e2e4d4b9b8d9fbabb46dcc079',10,0);
INSERT INTO "metrics" VALUES('test/vqa_accuracy',73.2,1796224886817,'9bd90e3f9cce4624893e77671d7193d5',100,0);
INSERT INTO "metrics" VALUES('test/vqa_accuracy_unrounded',73.2,1796224886817,'9bd90e3f9cce4624893e77671d7193d5',100,0);
INSERT INTO "metrics" VALUES('test/vqa_accuracy/yes/no',77.52,1796224886817,'9bd90e3f9cce4624893e77671d7193d5',100,0);
INSERT INTO "metrics" VALUES('test/vqa_accuracy_unrounded/yes/no',7.75216138328530206518e+01,1796224886817,'9bd90e3f9cce4624893e77671d7193d5',100,0);
INSERT INTO "metrics" VALUES('test/vqa_accuracy/question_type/yes/no',77.52,1796224886817,'9bd90e3f9cce4624893e77671d7193d5',100,0);
INSERT INTO "metrics" VALUES('test/vqa_accuracy_unrounded/question_type/yes/no',7.75216138328530206518e+01,1796224886817,'9bd90e3f9cce4624893e77671d7193d5',100,0);
INSERT INTO "metrics" VALUES('test/vqa_accuracy/other',63.4,1796224886817,'9bd90e3f9cce4624893e77671d7193d5',100,0);
INSERT INTO "metrics" VALUES('test/vqa_accuracy_unrounded/other',6.3398692810457518477e+01,1796224886817,'9bd90e3f9cce4624893e77671d7193d5',100,0);
INSERT INTO "metrics" VALUES('test/vqa_accuracy/question_type/shape',100.0,1796224886817,'9bd90e3f9cce4624893e77671d7193d5',100,0);
INSERT INTO "metrics" VALUES('test/vqa_accuracy_unrounded/question_type/shape',100.0,1796224886817,'9bd90e3f9cce4624893e77671d7193d5',100,0);
INSERT INTO "metrics" VALUES('test/vqa_accuracy/question_type/color',26.32,1796224886817,'9bd90e3f9cce4624893e77671d7193d5',100,0);
INSERT INTO "metrics" VALUES('test/vqa_accuracy_unrounded/question_type/color',2.63157894736842088443e+01,1796224886817,'9bd90e3f9cce4624893e77671d7193d5',100,0);
INSERT INTO "metrics" VALUES('time/features_s',5.31537551100154814776e+00,1796224886817,'9bd90e3f9cce4624893e77671d7193d5',100,0);
INSERT INTO "metrics" VALUES('time/lm_load_s',1.63502772000356344506e-01,1796224886817,'9bd90e3f9cce4624893e77671d7193d5',100,0);
INSERT INTO "metrics" VALUES('time/train_s',1.73827802126999813488e+02,1796224886817,'9bd90e3f9cce4624893e77671d7193d5',100,0);
INSERT INTO "metrics" VALUES('time/train_step_s',1.73795619560609559961e+00,1796224886817,'9bd90e3f9cce4624893e77671d7193d5',100,0);
INSERT INTO "metrics" VALUES('time/eval_s',5.89581222940014413333e+01,1796224886817,'9bd90e3f9cce4624893e77671d7193d5',100,0);
INSERT INTO "metrics" VALUES('time/eval_example_s',1.17916244588002885884e-01,1796224886817,'9bd90e3f9cce4624893e77671d7193d5',100,0);
INSERT INTO "metrics" VALUES('time/total_s',2.39222486529999514462e+02,1796224886817,'9bd90e3f9cce4624893e77671d7193d5',100,0);
INSERT INTO "metrics" VALUES('train/loss',4.07628685235977172851e-01,1796224893808,'df8d9f2e2e4d4b9b8d9fbabb46dcc079',20,0);
INSERT INTO "metrics" VALUES('train/lr',2.91255430013956655328e-04,1796224893808,'df8d9f2e2e4d4b9b8d9fbabb46dcc079',20,0);
INSERT INTO "metrics" VALUES('ood/easy-vqa/gaussian_noise-3/vqa_accuracy',67.4,1796225000870,'9bd90e3f9cce4624893e77671d7193d5',0,0);
INSERT INTO "metrics" VALUES('ima/ima',6.09656810712321695078e-01,1796225019368,'9bd90e3f9cce4624893e77671d7193d5',0,0);
INSERT INTO "metrics" VALUES('ima/ima0',7.46441827341913083371e-02,1796225019368,'9bd90e3f9cce4624893e77671d7193d5',0,0);
INSERT INTO "metrics" VALUES('ima/matched',6.1018038195939938717e-01,1796225019368,'9bd90e3f9cce4624893e77671d7193d5',0,0);
INSERT INTO "metrics" VALUES('ima/pp',9.9649044218459148503e-01,1796225019368,'9bd90e3f9cce4624893e77671d7193d5',0,0);
INSERT INTO "metrics" VALUES('ima/tt',9.62599947901262131821e-01,1796225019368,'9bd90e3f9cce4624893e77671d7193d5',0,0);
INSERT INTO "metrics" VALUES('ood/easy-vqa/gaussian_noise-3/vqa_accuracy',73.6,1796225021398,'deee6bc48cf64816a4763304ac12d040',0,0);
INSERT INTO "metrics" VALUES('params/trainable',8450496.0,1796225022540,'df8d9f2e2e4d4b9b8d9fbabb46dcc079',0,0);
INSERT INTO "metrics" VALUES('params/lm',134515008.0,1796225022540,'df8d9f2e2e4d4b9b8d9fbabb46dcc079',0,0);
INSERT INTO "metrics" VALUES('train/loss',7.12695717811584472656e-01,1796225053908,'df8d9f2e2e4d4b9b8d9fbabb46dcc079',10,0);
INSERT INTO "metrics" VALUES('train/lr',0.0003,1796225053908,'df8d9f2e2e4d4b9b8d9fbabb46dcc079',10,0);
INSERT INTO "metrics" VALUES('train/grad_norm',1.15623884201049804683e+01,1796225053908,'df8d9f2e2e4d4b9b8d9fbabb46dcc079',10,0);
INSERT INTO "metrics" VALUES('ima/ima',8.54281496655964311948e-01,1796225055775,'deee6bc48cf64816a4763304ac12d040',0,0);
INSERT INTO "metrics" VALUES('ima/ima0',3.30063920132010885089e-02,1796225055775,'deee6bc48cf64816a4763304ac12d040',0,0);
INSERT INTO "metrics" VALUES('ima/matched',8.49964573415796897926e-01,1796225055775,'deee6bc48cf64816a4763304ac12d040',0,0);
INSERT INTO "metrics" VALUES('ima/pp',0.954438753324135,1796225055775,'deee6bc48cf64816a4763304ac12d040',0,0);
INSERT INTO "metrics" VALUES('ima/tt',9.64399168109663529335e-01,1796225055775,'deee6bc48cf64816a4763304ac12d040',0,0);
INSERT INTO "metrics" VALUES('params/trainable',7107088.0,1796225058432,'faefbc7d618f47f9a2173f5526ccda75',0,0);
INSERT INTO "metrics" VALUES('params/lm',134515008.0,1796225058432,'faefbc7d618f47f9a2173f5526ccda75',0,0);
INSERT INTO "metrics" VALUES('train/loss',2.48178529739379882812e+00,1796225072081,'faefbc7d618f47f9a2173f5526ccda75',10,0);
INSERT INTO "metrics" VALUES('train/lr',0.0003,1796225072081,'faefbc7d618f47f9a2173f5526ccda75',10,0);
INSERT INTO "metrics" VALUES('train/grad_norm',3.16033859252929687504e+01,1796225072081,'faefbc7d618f47f9a2173f5526ccda75',10,0);
INSERT INTO "metrics" VALUES('train/loss',4.07628685235977172851e-01,1796225085440,'df8d9f2e2e4d4b9b8d9fbabb46dcc079',20,0);
INSERT INTO "metrics" VALUES('train/lr',2.91255430013956655328e-04,1796225085440,'df8d9f2e2e4d4b9b8d9fbabb46dcc079',20,0);
INSERT INTO "metrics" VALUES('train/grad_norm',3.01330780982971191406e+00,1796225085440,'df8d9f2e2e4d4b9b8d9fbabb46dcc079',20,0);
INSERT INTO "metrics" VALUES('train/loss',0.615010678768158,1796225085561,'faefbc7d618f47f9a2173f5526ccda75',20,0);
INSERT INTO "metrics" VALUES('train/lr',2.91255430013956655328e-04,1796225085561,'faefbc7d618f47f9a2173f5526ccda75',20,0);
INSERT INTO "metrics" VALUES('train/grad_norm',7.85432386398315429687e+00,1796225085561,'faefbc7d618f47f9a2173f5526ccda75',20,0);
INSERT INTO "metrics" VALUES('train/loss',9.50206577777862548828e-01,1796225098647,'faefbc7d618f47f9a2173f5526ccda75',30,0);
INSERT INTO "metrics" VALUES('train/lr',2.6607644425225175774e-04,1796225098647,'faefbc7d618f47f9a2173f5526ccda75',30,0);
INSERT INTO "metrics" VALUES('train/grad_norm',1.00951900482177734372e+01,1796225098647,'faefbc7d618f47f9a2173f5526ccda75',30,0);
INSERT INTO "metrics" VALUES('train/loss',1.08443272113800048828e+00,1796225112109,'faefbc7d618f47f9a2173f5526ccda75',40,0);
INSERT INTO "metrics" VALUES('train/lr',2.27499999999999973293e-04,1796225112109,'faefbc7d618f47f9a2173f5526ccda75',40,0);
INSERT INTO "metrics" VALUES('train/grad_norm',1.39031915664672851558e+01,1796225112109,'faefbc7d618f47f9a2173f5526ccda75',40,0);
INSERT INTO "metrics" VALUES('train/loss',7.15000689029693603515e-01,1796225117333,'df8d9f2e2e4d4b9b8d9fbabb46dcc079',30,0);
INSERT INTO "metrics" VALUES('train/lr',2.6607644425225175774e-04,1796225117333,'df8d9f2e2e4d4b9b8d9fbabb46dcc079',30,0);
INSERT INTO "metrics" VALUES('train/grad_norm',6.45425939559936523437e+00,1796225117333,'df8d9f2e2e4d4b9b8d9fbabb46dcc079',30,0);
INSERT INTO "metrics" VALUES('train/loss',8.98615658283233642578e-01,1796225125462,'faefbc7d618f47f9a2173f5526ccda75',50,0);
INSERT INTO "metrics" VALUES('train/lr',1.80178985761704897562e-04,1796225125462,'faefbc7d618f47f9a2173f5526ccda75',50,0);
INSERT INTO "metrics" VALUES('train/grad_norm',1.38085927963256835935e+01,1796225125462,'faefbc7d618f47f9a2173f5526ccda75',50,0);
INSERT INTO "metrics" VALUES('train/loss',4.49767738580703735351e-01,1796225139246,'faefbc7d618f47f9a2173f5526ccda75',60,0);
INSERT INTO "metrics" VALUES('train/lr',1.29821014238295102385e-04,1796225139246,'faefbc7d618f47f9a2173f5526ccda75',60,0);
INSERT INTO "metrics" VALUES('train/grad_norm',9.69404125213623,1796225139246,'faefbc7d618f47f9a2173f5526ccda75',60,0);
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
INSERT INTO "params" VALUES('sweep.name','reference','c7c2d52bf56744e298ed4365c3ecc4bd');
INSERT INTO "params" VALUES('sweep.experiment','reference','c7c2d52bf56744e298ed4365c3ecc4bd');
INSERT INTO "params" VALUES('sweep.output_dir','runs/reference','c7c2d52bf56744e298ed4365c3ecc4bd');
INSERT INTO "params" VALUES('sweep.storage','None','c7c2d52bf56744e298ed4365c3ecc4bd');
INSERT INTO "params" VALUES('sweep.tracking_uri','None','c7c2d52bf56744e298ed4365c3ecc4bd');
INSERT INTO "params" VALUES('sweep.config','None','c7c2d52bf56744e298ed4365c3ecc4bd');
INSERT INTO "params" VALUES('sweep.base.train.steps','100','c7c2d52bf56744e298ed4365c3ecc4bd');
INSERT INTO "params" VALUES('sweep.base.train.batch_size','16','c7c2d52bf56744e298ed4365c3ecc4bd');
INSERT INTO "params" VALUES('sweep.base.train.eval_every','0','c7c2d52bf56744e298ed4365c3ecc4bd');
INSERT INTO "params" VALUES('sweep.base.eval.max_examples','500','c7c2d52bf56744e298ed4365c3ecc4bd');
INSERT INTO "params" VALUES('sweep.set','[]','c7c2d52bf56744e298ed4365c3ecc4bd');
INSERT INTO "params" VALUES('sweep.method_options','{}','c7c2d52bf56744e298ed4365c3ecc4bd');
INSERT INTO "params" VALUES('sweep.tuned','runs/reference-tune','c7c2d52bf56744e298ed4365c3ecc4bd');
INSERT INTO "params" VALUES('sweep.grids','[{"seed": [0, 1, 2], "method": ["blind", "text-oracle", "epalm", "epalm-pt-l", "mapl", "limber", "fromage", "promptfuse", "promptfuse-blind", "magma", "lora", "llava-mlp", "qformer", "qformer-instruct", "depalm-qp", "depalm-pool", "resampler", "c-abstractor", "flamingo", "frozen", "lm-block", "lm-block-reinit"], "task": ["easy-vqa"], "lm": ["smollm2-135m"], "encoder": ["efficientnet-lite0"], "data_fraction": [0.1]}, {"seed": [0, 1, 2], "method": ["blind", "text-oracle", "epalm", "limber", "qformer", "depalm-qp", "depalm-pool", "resampler"], "task": ["easy-vqa"], "lm": ["smollm2-135m"], "encoder": ["efficientnet-lite0"], "data_fraction": [0.01]}, {"seed": [0, 1, 2], "method": ["blind", "text-oracle", "epalm", "mapl", "limber"], "task": ["easy-vqa"], "lm": ["gemma3-270m"], "encoder": ["efficientnet-lite0"], "data_fraction": [0.1]}, {"seed": [0, 1, 2], "method": ["blind", "text-oracle", "epalm", "limber", "fromage"], "task": ["easy-vqa-caption"], "lm": ["smollm2-135m"], "encoder": ["efficientnet-lite0"], "data_fraction": [0.1]}, {"seed": [0, 1, 2], "method": ["blind", "text-oracle", "epalm", "limber"], "task": ["moving-shapes"], "lm": ["smollm2-135m"], "encoder": ["frames:efficientnet-lite0"], "data_fraction": [0.1]}, {"seed": [0, 1, 2], "method": ["blind", "epalm", "limber"], "task": ["tones"], "lm": ["smollm2-135m"], "encoder": ["spectrogram:efficientnet-lite0"], "data_fraction": [0.1]}]','c7c2d52bf56744e298ed4365c3ecc4bd');
INSERT INTO "params" VALUES('sweep.evaluate_on.easy-vqa','["easy-vqa@gaussian_noise-3"]','c7c2d52bf56744e298ed4365c3ecc4bd');
INSERT INTO "params" VALUES('sweep.ima.examples','200','c7c2d52bf56744e298ed4365c3ecc4bd');
INSERT INTO "params" VALUES('sweep.cells','141','c7c2d52bf56744e298ed4365c3ecc4bd');
INSERT INTO "params" VALUES('config.method','blind','91a59e87c43244f4ba1c5658c4136185');
INSERT INTO "params" VALUES('config.task','easy-vqa','91a59e87c43244f4ba1c5658c4136185');
INSERT INTO "params" VALUES('config.lm','smollm2-135m','91a59e87c43244f4ba1c5658c4136185');
INSERT INTO "params" VALUES('config.encoder','efficientnet-lite0','91a59e87c43244f4ba1c5658c4136185');
INSERT INTO "params" VALUES('config.seed','0','91a59e87c43244f4ba1c5658c4136185');
INSERT INTO "params" VALUES('config.output_dir','runs/reference','91a59e87c43244f4ba1c5658c4136185');
INSERT INTO "params" VALUES('config.run_name','blind_easy-vqa_smollm2-135m_efficientnet-lite0_f0.1_s0','91a59e87c43244f4ba1c5658c4136185');
INSERT INTO "params" VALUES('config.cache_dir','None','91a59e87c43244f4ba1c5658c4136185');
INSERT INTO "params" VALUES('config.tracking_uri','sqlite:////work/main/runs/reference/mlflow.db','91a59e87c43244f4ba1c5658c4136185');
INSERT INTO "params" VALUES('config.experiment','reference','91a59e87c43244f4ba1c5658c4136185');
INSERT INTO "params" VALUES('config.recipe','shared','91a59e87c43244f4ba1c5658c4136185');
INSERT INTO "params" VALUES('config.method_options','{}','91a59e87c43244f4ba1c5658c4136185');
INSERT INTO "params" VALUES('config.train.steps','100','91a59e87c43244f4ba1c5658c4136185');
INSERT INTO "params" VALUES('config.train.batch_size','16','91a59e87c43244f4ba1c5658c4136185');
INSERT INTO "params" VALUES('config.train.grad_accum','1','91a59e87c43244f4ba1c5658c4136185');
INSERT INTO "params" VALUES('config.train.lr','0.001','91a59e87c43244f4ba1c5658c4136185');
INSERT INTO "params" VALUES('config.train.min_lr','1e-05','91a59e87c43244f4ba1c5658c4136185');
INSERT INTO "params" VALUES('config.train.weight_decay','0.02','91a59e87c43244f4ba1c5658c4136185');
INSERT INTO "params" VALUES('config.train.warmup_steps','10','91a59e87c43244f4ba1c5658c4136185');
INSERT INTO "params" VALUES('config.train.grad_clip','1.0','91a59e87c43244f4ba1c5658c4136185');
INSERT INTO "params" VALUES('config.train.precision','bf16','91a59e87c43244f4ba1c5658c4136185');
INSERT INTO "params" VALUES('config.train.eval_every','0','91a59e87c43244f4ba1c5658c4136185');
INSERT INTO "params" VALUES('config.train.log_every','10','91a59e87c43244f4ba1c5658c4136185');
INSERT INTO "params" VALUES('config.train.checkpoint_every','50','91a59e87c43244f4ba1c5658c4136185');
INSERT INTO "params" VALUES('config.train.loss_reduction','token_mean','91a59e87c43244f4ba1c5658c4136185');
INSERT INTO "params" VALUES('config.train.loss_weight','1.0','91a59e87c43244f4ba1c5658c4136185');
INSERT INTO "params" VALUES('config.train.betas','[0.9, 0.999]','91a59e87c43244f4ba1c5658c4136185');
INSERT INTO "params" VALUES('config.train.eps','1e-08','91a59e87c43244f4ba1c5658c4136185');
INSERT INTO "params" VALUES('config.train.schedule','cosine','91a59e87c43244f4ba1c5658c4136185');
INSERT INTO "params" VALUES('config.train.param_groups','[]','91a59e87c43244f4ba1c5658c4136185');
INSERT INTO "params" VALUES('config.train.loss_tokens','answer','91a59e87c43244f4ba1c5658c4136185');
INSERT INTO "params" VALUES('config.train.label_smoothing','0.0','91a59e87c43244f4ba1c5658c4136185');
INSERT INTO "params" VALUES('config.train.lm_dropout','False','91a59e87c43244f4ba1c5658c4136185');
INSERT INTO "params" VALUES('config.eval.batch_size','64','91a59e87c43244f4ba1c5658c4136185');
INSERT INTO "params" VALUES('config.eval.max_new_tokens','5','91a59e87c43244f4ba1c5658c4136185');
INSERT INTO "params" VALUES('config.eval.num_beams','1','91a59e87c43244f4ba1c5658c4136185');
INSERT INTO "params" VALUES('config.eval.length_penalty','1.0','91a59e87c43244f4ba1c5658c4136185');
INSERT INTO "params" VALUES('config.eval.max_examples','500','91a59e87c43244f4ba1c5658c4136185');
INSERT INTO "params" VALUES('config.eval.val_max_examples','200','91a59e87c43244f4ba1c5658c4136185');
INSERT INTO "params" VALUES('config.data.fraction','0.1','91a59e87c43244f4ba1c5658c4136185');
INSERT INTO "params" VALUES('config.data.data_dir','None','91a59e87c43244f4ba1c5658c4136185');
INSERT INTO "params" VALUES('config.data.val_images','0.1','91a59e87c43244f4ba1c5658c4136185');
INSERT INTO "params" VALUES('config.data.eval_split','None','91a59e87c43244f4ba1c5658c4136185');
INSERT INTO "params" VALUES('config.data.missing_media','error','91a59e87c43244f4ba1c5658c4136185');
INSERT INTO "params" VALUES('config.data.variant','None','91a59e87c43244f4ba1c5658c4136185');
INSERT INTO "params" VALUES('config.data.augment_views','0','91a59e87c43244f4ba1c5658c4136185');
INSERT INTO "params" VALUES('config.data.augmentations','[]','91a59e87c43244f4ba1c5658c4136185');
INSERT INTO "params" VALUES('config.data.feature_norm','auto','91a59e87c43244f4ba1c5658c4136185');
INSERT INTO "params" VALUES('method_config.prompt_length','10','91a59e87c43244f4ba1c5658c4136185');
INSERT INTO "params" VALUES('method_config.prompt_mlp','True','91a59e87c43244f4ba1c5658c4136185');
INSERT INTO "params" VALUES('config.method','text-oracle','f4c3c31a06ef4340b452ca225eea0f26');
INSERT INTO "params" VALUES('config.task','easy-vqa','f4c3c31a06ef4340b452ca225eea0f26');
INSERT INTO "params" VALUES('config.lm','smollm2-135m','f4c3c31a06ef4340b452ca225eea0f26');
INSERT INTO "params" VALUES('config.encoder','efficientnet-lite0','f4c3c31a06ef4340b452ca225eea0f26');
INSERT INTO "params" VALUES('config.seed','0','f4c3c31a06ef4340b452ca225eea0f26');
INSERT INTO "params" VALUES('config.output_dir','runs/reference','f4c3c31a06ef4340b452ca225eea0f26');
INSERT INTO "params" VALUES('config.run_name','text-oracle_easy-vqa_smollm2-135m_efficientnet-lite0_f0.1_s0','f4c3c31a06ef4340b452ca225eea0f26');
INSERT INTO "params" VALUES('config.cache_dir','None','f4c3c31a06ef4340b452ca225eea0f26');
INSERT INTO "params" VALUES('config.tracking_uri','sqlite:////work/main/runs/reference/mlflow.db','f4c3c31a06ef4340b452ca225eea0f26');
INSERT INTO "params" VALUES('config.experiment','reference','f4c3c31a06ef4340b452ca225eea0f26');
INSERT INTO "params" VALUES('config.recipe','shared','f4c3c31a06ef4340b452ca225eea0f26');
INSERT INTO "params" VALUES('config.method_options','{}','f4c3c31a06ef4340b452ca225eea0f26');
INSERT INTO "params" VALUES('config.train.steps','100','f4c3c31a06ef4340b452ca225eea0f26');
INSERT INTO "params" VALUES('config.train.batch_size','16','f4c3c31a06ef4340b452ca225eea0f26');
INSERT INTO "params" VALUES('config.train.grad_accum','1','f4c3c31a06ef4340b452ca225eea0f26');
INSERT INTO "params" VALUES('config.train.lr','0.003','f4c3c31a06ef4340b452ca225eea0f26');
INSERT INTO "params" VALUES('config.train.min_lr','1e-05','f4c3c31a06ef4340b452ca225eea0f26');
INSERT INTO "params" VALUES('config.train.weight_decay','0.02','f4c3c31a06ef4340b452ca225eea0f26');
INSERT INTO "params" VALUES('config.train.warmup_steps','10','f4c3c31a06ef4340b452ca225eea0f26');
INSERT INTO "params" VALUES('config.train.grad_clip','1.0','f4c3c31a06ef4340b452ca225eea0f26');
INSERT INTO "params" VALUES('config.train.precision','bf16','f4c3c31a06ef4340b452ca225eea0f26');
INSERT INTO "params" VALUES('config.train.eval_every','0','f4c3c31a06ef4340b452ca225eea0f26');
INSERT INTO "params" VALUES('config.train.log_every','10','f4c3c31a06ef4340b452ca225eea0f26');
INSERT INTO "params" VALUES('config.train.checkpoint_every','50','f4c3c31a06ef4340b452ca225eea0f26');
INSERT INTO "params" VALUES('config.train.loss_reduction','token_mean','f4c3c31a06ef4340b452ca225eea0f26');
INSERT INTO "params" VALUES('config.train.loss_weight','1.0','f4c3c31a06ef4340b452ca225eea0f26');
INSERT INTO "params" VALUES('config.train.betas','[0.9, 0.999]','f4c3c31a06ef4340b452ca225eea0f26');
INSERT INTO "params" VALUES('config.train.eps','1e-08','f4c3c31a06ef4340b452ca225eea0f26');
INSERT INTO "params" VALUES('config.train.schedule','cosine','f4c3c31a06ef4340b452ca225eea0f26');
INSERT INTO "params" VALUES('config.train.param_groups','[]','f4c3c31a06ef4340b452ca225eea0f26');
INSERT INTO "params" VALUES('config.train.loss_tokens','answer','f4c3c31a06ef4340b452ca225eea0f26');
INSERT INTO "params" VALUES('config.train.label_smoothing','0.0','f4c3c31a06ef4340b452ca225eea0f26');
INSERT INTO "params" VALUES('config.train.lm_dropout','False','f4c3c31a06ef4340b452ca225eea0f26');
INSERT INTO "params" VALUES('config.eval.batch_size','64','f4c3c31a06ef4340b452ca225eea0f26');
INSERT INTO "params" VALUES('config.eval.max_new_tokens','5','f4c3c31a06ef4340b452ca225eea0f26');
INSERT INTO "params" VALUES('config.eval.num_beams','1','f4c3c31a06ef4340b452ca225eea0f26');
INSERT INTO "params" VALUES('config.eval.length_penalty','1.0','f4c3c31a06ef4340b452ca225eea0f26');
INSERT INTO "params" VALUES('config.eval.max_examples','500','f4c3c31a06ef4340b452ca225eea0f26');
INSERT INTO "params" VALUES('config.eval.val_max_examples','200','f4c3c31a06ef4340b452ca225eea0f26');
INSERT INTO "params" VALUES('config.data.fraction','0.1','f4c3c31a06ef4340b452ca225eea0f26');
INSERT INTO "params" VALUES('config.data.data_dir','None','f4c3c31a06ef4340b452ca225eea0f26');
INSERT INTO "params" VALUES('config.data.val_images','0.1','f4c3c31a06ef4340b452ca225eea0f26');
INSERT INTO "params" VALUES('config.data.eval_split','None','f4c3c31a06ef4340b452ca225eea0f26');
INSERT INTO "params" VALUES('config.data.missing_media','error','f4c3c31a06ef4340b452ca225eea0f26');
INSERT INTO "params" VALUES('config.data.variant','None','f4c3c31a06ef4340b452ca225eea0f26');
INSERT INTO "params" VALUES('config.data.augment_views','0','f4c3c31a06ef4340b452ca225eea0f26');
INSERT INTO "params" VALUES('config.data.augmentations','[]','f4c3c31a06ef4340b452ca225eea0f26');
INSERT INTO "params" VALUES('config.data.feature_norm','auto','f4c3c31a06ef4340b452ca225eea0f26');
INSERT INTO "params" VALUES('method_config.prompt_length','10','f4c3c31a06ef4340b452ca225eea0f26');
INSERT INTO "params" VALUES('method_config.prompt_mlp','True','f4c3c31a06ef4340b452ca225eea0f26');
INSERT INTO "params" VALUES('config.method','epalm','3f3d9be47c2244c0b2dbbfb00659b27e');
INSERT INTO "params" VALUES('config.task','easy-vqa','3f3d9be47c2244c0b2dbbfb00659b27e');
INSERT INTO "params" VALUES('config.lm','smollm2-135m','3f3d9be47c2244c0b2dbbfb00659b27e');
INSERT INTO "params" VALUES('config.encoder','efficientnet-lite0','3f3d9be47c2244c0b2dbbfb00659b27e');
INSERT INTO "params" VALUES('config.seed','0','3f3d9be47c2244c0b2dbbfb00659b27e');
INSERT INTO "params" VALUES('config.output_dir','runs/reference','3f3d9be47c2244c0b2dbbfb00659b27e');
INSERT INTO "params" VALUES('config.run_name','epalm_easy-vqa_smollm2-135m_efficientnet-lite0_f0.1_s0','3f3d9be47c2244c0b2dbbfb00659b27e');
INSERT INTO "params" VALUES('config.cache_dir','None','3f3d9be47c2244c0b2dbbfb00659b27e');
INSERT INTO "params" VALUES('config.tracking_uri','sqlite:////work/main/runs/reference/mlflow.db','3f3d9be47c2244c0b2dbbfb00659b27e');
INSERT INTO "params" VALUES('config.experiment','reference','3f3d9be47c2244c0b2dbbfb00659b27e');
INSERT INTO "params" VALUES('config.recipe','shared','3f3d9be47c2244c0b2dbbfb00659b27e');
INSERT INTO "params" VALUES('config.method_options','{}','3f3d9be47c2244c0b2dbbfb00659b27e');
INSERT INTO "params" VALUES('config.train.steps','100','3f3d9be47c2244c0b2dbbfb00659b27e');
INSERT INTO "params" VALUES('config.train.batch_size','16','3f3d9be47c2244c0b2dbbfb00659b27e');
INSERT INTO "params" VALUES('config.train.grad_accum','1','3f3d9be47c2244c0b2dbbfb00659b27e');
INSERT INTO "params" VALUES('config.train.lr','0.001','3f3d9be47c2244c0b2dbbfb00659b27e');
INSERT INTO "params" VALUES('config.train.min_lr','1e-05','3f3d9be47c2244c0b2dbbfb00659b27e');
INSERT INTO "params" VALUES('config.train.weight_decay','0.02','3f3d9be47c2244c0b2dbbfb00659b27e');
INSERT INTO "params" VALUES('config.train.warmup_steps','10','3f3d9be47c2244c0b2dbbfb00659b27e');
INSERT INTO "params" VALUES('config.train.grad_clip','1.0','3f3d9be47c2244c0b2dbbfb00659b27e');
INSERT INTO "params" VALUES('config.train.precision','bf16','3f3d9be47c2244c0b2dbbfb00659b27e');
INSERT INTO "params" VALUES('config.train.eval_every','0','3f3d9be47c2244c0b2dbbfb00659b27e');
INSERT INTO "params" VALUES('config.train.log_every','10','3f3d9be47c2244c0b2dbbfb00659b27e');
INSERT INTO "params" VALUES('config.train.checkpoint_every','50','3f3d9be47c2244c0b2dbbfb00659b27e');
INSERT INTO "params" VALUES('config.train.loss_reduction','token_mean','3f3d9be47c2244c0b2dbbfb00659b27e');
INSERT INTO "params" VALUES('config.train.loss_weight','1.0','3f3d9be47c2244c0b2dbbfb00659b27e');
INSERT INTO "params" VALUES('config.train.betas','[0.9, 0.999]','3f3d9be47c2244c0b2dbbfb00659b27e');
INSERT INTO "params" VALUES('config.train.eps','1e-08','3f3d9be47c2244c0b2dbbfb00659b27e');
INSERT INTO "params" VALUES('config.train.schedule','cosine','3f3d9be47c2244c0b2dbbfb00659b27e');
INSERT INTO "params" VALUES('config.train.param_groups','[]','3f3d9be47c2244c0b2dbbfb00659b27e');
INSERT INTO "params" VALUES('config.train.loss_tokens','answer','3f3d9be47c2244c0b2dbbfb00659b27e');
INSERT INTO "params" VALUES('config.train.label_smoothing','0.0','3f3d9be47c2244c0b2dbbfb00659b27e');
INSERT INTO "params" VALUES('config.train.lm_dropout','False','3f3d9be47c2244c0b2dbbfb00659b27e');
INSERT INTO "params" VALUES('config.eval.batch_size','64','3f3d9be47c2244c0b2dbbfb00659b27e');
INSERT INTO "params" VALUES('config.eval.max_new_tokens','5','3f3d9be47c2244c0b2dbbfb00659b27e');
INSERT INTO "params" VALUES('config.eval.num_beams','1','3f3d9be47c2244c0b2dbbfb00659b27e');
INSERT INTO "params" VALUES('config.eval.length_penalty','1.0','3f3d9be47c2244c0b2dbbfb00659b27e');
INSERT INTO "params" VALUES('config.eval.max_examples','500','3f3d9be47c2244c0b2dbbfb00659b27e');
INSERT INTO "params" VALUES('config.eval.val_max_examples','200','3f3d9be47c2244c0b2dbbfb00659b27e');
INSERT INTO "params" VALUES('config.data.fraction','0.1','3f3d9be47c2244c0b2dbbfb00659b27e');
INSERT INTO "params" VALUES('config.data.data_dir','None','3f3d9be47c2244c0b2dbbfb00659b27e');
INSERT INTO "params" VALUES('config.data.val_images','0.1','3f3d9be47c2244c0b2dbbfb00659b27e');
INSERT INTO "params" VALUES('config.data.eval_split','None','3f3d9be47c2244c0b2dbbfb00659b27e');
INSERT INTO "params" VALUES('config.data.missing_media','error','3f3d9be47c2244c0b2dbbfb00659b27e');
INSERT INTO "params" VALUES('config.data.variant','None','3f3d9be47c2244c0b2dbbfb00659b27e');
INSERT INTO "params" VALUES('config.data.augment_views','0','3f3d9be47c2244c0b2dbbfb00659b27e');
INSERT INTO "params" VALUES('config.data.augmentations','[]','3f3d9be47c2244c0b2dbbfb00659b27e');
INSERT INTO "params" VALUES('config.data.feature_norm','auto','3f3d9be47c2244c0b2dbbfb00659b27e');
INSERT INTO "params" VALUES('method_config.num_layer_tokens','6','3f3d9be47c2244c0b2dbbfb00659b27e');
INSERT INTO "params" VALUES('method_config.shared_connector','False','3f3d9be47c2244c0b2dbbfb00659b27e');
INSERT INTO "params" VALUES('method_config.prompt_length','10','3f3d9be47c2244c0b2dbbfb00659b27e');
INSERT INTO "params" VALUES('method_config.prompt_mlp','True','3f3d9be47c2244c0b2dbbfb00659b27e');
INSERT INTO "params" VALUES('method_config.num_injection_layers','12','3f3d9be47c2244c0b2dbbfb00659b27e');
INSERT INTO "params" VALUES('method_config.injection_end_offset','2','3f3d9be47c2244c0b2dbbfb00659b27e');
INSERT INTO "params" VALUES('method_config.injection_layers','None','3f3d9be47c2244c0b2dbbfb00659b27e');
INSERT INTO "params" VALUES('config.method','epalm-pt-l','62d44e8065e445849f8aaaa5fe7bb96a');
INSERT INTO "params" VALUES('config.task','easy-vqa','62d44e8065e445849f8aaaa5fe7bb96a');
INSERT INTO "params" VALUES('config.lm','smollm2-135m','62d44e8065e445849f8aaaa5fe7bb96a');
INSERT INTO "params" VALUES('config.encoder','efficientnet-lite0','62d44e8065e445849f8aaaa5fe7bb96a');
INSERT INTO "params" VALUES('config.seed','0','62d44e8065e445849f8aaaa5fe7bb96a');
INSERT INTO "params" VALUES('config.output_dir','runs/reference','62d44e8065e445849f8aaaa5fe7bb96a');
INSERT INTO "params" VALUES('config.run_name','epalm-pt-l_easy-vqa_smollm2-135m_efficientnet-lite0_f0.1_s0','62d44e8065e445849f8aaaa5fe7bb96a');
INSERT INTO "params" VALUES('config.cache_dir','None','62d44e8065e445849f8aaaa5fe7bb96a');
INSERT INTO "params" VALUES('config.tracking_uri','sqlite:////work/main/runs/reference/mlflow.db','62d44e8065e445849f8aaaa5fe7bb96a');
INSERT INTO "params" VALUES('config.experiment','reference','62d44e8065e445849f8aaaa5fe7bb96a');
INSERT INTO "params" VALUES('config.recipe','shared','62d44e8065e445849f8aaaa5fe7bb96a');
INSERT INTO "params" VALUES('config.method_options','{}','62d44e8065e445849f8aaaa5fe7bb96a');
INSERT INTO "params" VALUES('config.train.steps','100','62d44e8065e445849f8aaaa5fe7bb96a');
INSERT INTO "params" VALUES('config.train.batch_size','16','62d44e8065e445849f8aaaa5fe7bb96a');
INSERT INTO "params" VALUES('config.train.grad_accum','1','62d44e8065e445849f8aaaa5fe7bb96a');
INSERT INTO "params" VALUES('config.train.lr','0.003','62d44e8065e445849f8aaaa5fe7bb96a');
INSERT INTO "params" VALUES('config.train.min_lr','1e-05','62d44e8065e445849f8aaaa5fe7bb96a');
INSERT INTO "params" VALUES('config.train.weight_decay','0.02','62d44e8065e445849f8aaaa5fe7bb96a');
INSERT INTO "params" VALUES('config.train.warmup_steps','10','62d44e8065e445849f8aaaa5fe7bb96a');
INSERT INTO "params" VALUES('config.train.grad_clip','1.0','62d44e8065e445849f8aaaa5fe7bb96a');
INSERT INTO "params" VALUES('config.train.precision','bf16','62d44e8065e445849f8aaaa5fe7bb96a');
INSERT INTO "params" VALUES('config.train.eval_every','0','62d44e8065e445849f8aaaa5fe7bb96a');
INSERT INTO "params" VALUES('config.train.log_every','10','62d44e8065e445849f8aaaa5fe7bb96a');
INSERT INTO "params" VALUES('config.train.checkpoint_every','50','62d44e8065e445849f8aaaa5fe7bb96a');
INSERT INTO "params" VALUES('config.train.loss_reduction','token_mean','62d44e8065e445849f8aaaa5fe7bb96a');
INSERT INTO "params" VALUES('config.train.loss_weight','1.0','62d44e8065e445849f8aaaa5fe7bb96a');
INSERT INTO "params" VALUES('config.train.betas','[0.9, 0.999]','62d44e8065e445849f8aaaa5fe7bb96a');
INSERT INTO "params" VALUES('config.train.eps','1e-08','62d44e8065e445849f8aaaa5fe7bb96a');
INSERT INTO "params" VALUES('config.train.schedule','cosine','62d44e8065e445849f8aaaa5fe7bb96a');
INSERT INTO "params" VALUES('config.train.param_groups','[]','62d44e8065e445849f8aaaa5fe7bb96a');
INSERT INTO "params" VALUES('config.train.loss_tokens','answer','62d44e8065e445849f8aaaa5fe7bb96a');
INSERT INTO "params" VALUES('config.train.label_smoothing','0.0','62d44e8065e445849f8aaaa5fe7bb96a');
INSERT INTO "params" VALUES('config.train.lm_dropout','False','62d44e8065e445849f8aaaa5fe7bb96a');
INSERT INTO "params" VALUES('config.eval.batch_size','64','62d44e8065e445849f8aaaa5fe7bb96a');
INSERT INTO "params" VALUES('config.eval.max_new_tokens','5','62d44e8065e445849f8aaaa5fe7bb96a');
INSERT INTO "params" VALUES('config.eval.num_beams','1','62d44e8065e445849f8aaaa5fe7bb96a');
INSERT INTO "params" VALUES('config.eval.length_penalty','1.0','62d44e8065e445849f8aaaa5fe7bb96a');
INSERT INTO "params" VALUES('config.eval.max_examples','500','62d44e8065e445849f8aaaa5fe7bb96a');
INSERT INTO "params" VALUES('config.eval.val_max_examples','200','62d44e8065e445849f8aaaa5fe7bb96a');
INSERT INTO "params" VALUES('config.data.fraction','0.1','62d44e8065e445849f8aaaa5fe7bb96a');
INSERT INTO "params" VALUES('config.data.data_dir','None','62d44e8065e445849f8aaaa5fe7bb96a');
INSERT INTO "params" VALUES('config.data.val_images','0.1','62d44e8065e445849f8aaaa5fe7bb96a');
INSERT INTO "params" VALUES('config.data.eval_split','None','62d44e8065e445849f8aaaa5fe7bb96a');
INSERT INTO "params" VALUES('config.data.missing_media','error','62d44e8065e445849f8aaaa5fe7bb96a');
INSERT INTO "params" VALUES('config.data.variant','None','62d44e8065e445849f8aaaa5fe7bb96a');
INSERT INTO "params" VALUES('config.data.augment_views','0','62d44e8065e445849f8aaaa5fe7bb96a');
INSERT INTO "params" VALUES('config.data.augmentations','[]','62d44e8065e445849f8aaaa5fe7bb96a');
INSERT INTO "params" VALUES('config.data.feature_norm','auto','62d44e8065e445849f8aaaa5fe7bb96a');
INSERT INTO "params" VALUES('method_config.num_layer_tokens','6','62d44e8065e445849f8aaaa5fe7bb96a');
INSERT INTO "params" VALUES('method_config.shared_connector','True','62d44e8065e445849f8aaaa5fe7bb96a');
INSERT INTO "params" VALUES('method_config.prompt_length','10','62d44e8065e445849f8aaaa5fe7bb96a');
INSERT INTO "params" VALUES('method_config.prompt_mlp','False','62d44e8065e445849f8aaaa5fe7bb96a');
INSERT INTO "params" VALUES('method_config.num_injection_layers','12','62d44e8065e445849f8aaaa5fe7bb96a');
INSERT INTO "params" VALUES('method_config.injection_end_offset','2','62d44e8065e445849f8aaaa5fe7bb96a');
INSERT INTO "params" VALUES('method_config.injection_layers','None','62d44e8065e445849f8aaaa5fe7bb96a');
INSERT INTO "params" VALUES('config.method','mapl','5b7a82afd8174503a4b818e6606c6dd4');
INSERT INTO "params" VALUES('config.task','easy-vqa','5b7a82afd8174503a4b818e6606c6dd4');
INSERT INTO "params" VALUES('config.lm','smollm2-135m','5b7a82afd8174503a4b818e6606c6dd4');
INSERT INTO "params" VALUES('config.encoder','efficientnet-lite0','5b7a82afd8174503a4b818e6606c6dd4');
INSERT INTO "params" VALUES('config.seed','0','5b7a82afd8174503a4b818e6606c6dd4');
INSERT INTO "params" VALUES('config.output_dir','runs/reference','5b7a82afd8174503a4b818e6606c6dd4');
INSERT INTO "params" VALUES('config.run_name','mapl_easy-vqa_smollm2-135m_efficientnet-lite0_f0.1_s0','5b7a82afd8174503a4b818e6606c6dd4');
INSERT INTO "params" VALUES('config.cache_dir','None','5b7a82afd8174503a4b818e6606c6dd4');
INSERT INTO "params" VALUES('config.tracking_uri','sqlite:////work/main/runs/reference/mlflow.db','5b7a82afd8174503a4b818e6606c6dd4');
INSERT INTO "params" VALUES('config.experiment','reference','5b7a82afd8174503a4b818e6606c6dd4');
INSERT INTO "params" VALUES('config.recipe','shared','5b7a82afd8174503a4b818e6606c6dd4');
INSERT INTO "params" VALUES('config.method_options','{}','5b7a82afd8174503a4b818e6606c6dd4');
INSERT INTO "params" VALUES('config.train.steps','100','5b7a82afd8174503a4b818e6606c6dd4');
INSERT INTO "params" VALUES('config.train.batch_size','16','5b7a82afd8174503a4b818e6606c6dd4');
INSERT INTO "params" VALUES('config.train.grad_accum','1','5b7a82afd8174503a4b818e6606c6dd4');
INSERT INTO "params" VALUES('config.train.lr','0.0003','5b7a82afd8174503a4b818e6606c6dd4');
INSERT INTO "params" VALUES('config.train.min_lr','1e-05','5b7a82afd8174503a4b818e6606c6dd4');
INSERT INTO "params" VALUES('config.train.weight_decay','0.02','5b7a82afd8174503a4b818e6606c6dd4');
INSERT INTO "params" VALUES('config.train.warmup_steps','10','5b7a82afd8174503a4b818e6606c6dd4');
INSERT INTO "params" VALUES('config.train.grad_clip','1.0','5b7a82afd8174503a4b818e6606c6dd4');
INSERT INTO "params" VALUES('config.train.precision','bf16','5b7a82afd8174503a4b818e6606c6dd4');
INSERT INTO "params" VALUES('config.train.eval_every','0','5b7a82afd8174503a4b818e6606c6dd4');
INSERT INTO "params" VALUES('config.train.log_every','10','5b7a82afd8174503a4b818e6606c6dd4');
INSERT INTO "params" VALUES('config.train.checkpoint_every','50','5b7a82afd8174503a4b818e6606c6dd4');
INSERT INTO "params" VALUES('config.train.loss_reduction','token_mean','5b7a82afd8174503a4b818e6606c6dd4');
INSERT INTO "params" VALUES('config.train.loss_weight','1.0','5b7a82afd8174503a4b818e6606c6dd4');
INSERT INTO "params" VALUES('config.train.betas','[0.9, 0.999]','5b7a82afd8174503a4b818e6606c6dd4');
INSERT INTO "params" VALUES('config.train.eps','1e-08','5b7a82afd8174503a4b818e6606c6dd4');
INSERT INTO "params" VALUES('config.train.schedule','cosine','5b7a82afd8174503a4b818e6606c6dd4');
INSERT INTO "params" VALUES('config.train.param_groups','[]','5b7a82afd8174503a4b818e6606c6dd4');
INSERT INTO "params" VALUES('config.train.loss_tokens','answer','5b7a82afd8174503a4b818e6606c6dd4');
INSERT INTO "params" VALUES('config.train.label_smoothing','0.0','5b7a82afd8174503a4b818e6606c6dd4');
INSERT INTO "params" VALUES('config.train.lm_dropout','False','5b7a82afd8174503a4b818e6606c6dd4');
INSERT INTO "params" VALUES('config.eval.batch_size','64','5b7a82afd8174503a4b818e6606c6dd4');
INSERT INTO "params" VALUES('config.eval.max_new_tokens','5','5b7a82afd8174503a4b818e6606c6dd4');
INSERT INTO "params" VALUES('config.eval.num_beams','1','5b7a82afd8174503a4b818e6606c6dd4');
INSERT INTO "params" VALUES('config.eval.length_penalty','1.0','5b7a82afd8174503a4b818e6606c6dd4');
INSERT INTO "params" VALUES('config.eval.max_examples','500','5b7a82afd8174503a4b818e6606c6dd4');
INSERT INTO "params" VALUES('config.eval.val_max_examples','200','5b7a82afd8174503a4b818e6606c6dd4');
INSERT INTO "params" VALUES('config.data.fraction','0.1','5b7a82afd8174503a4b818e6606c6dd4');
INSERT INTO "params" VALUES('config.data.data_dir','None','5b7a82afd8174503a4b818e6606c6dd4');
INSERT INTO "params" VALUES('config.data.val_images','0.1','5b7a82afd8174503a4b818e6606c6dd4');
INSERT INTO "params" VALUES('config.data.eval_split','None','5b7a82afd8174503a4b818e6606c6dd4');
INSERT INTO "params" VALUES('config.data.missing_media','error','5b7a82afd8174503a4b818e6606c6dd4');
INSERT INTO "params" VALUES('config.data.variant','None','5b7a82afd8174503a4b818e6606c6dd4');
INSERT INTO "params" VALUES('config.data.augment_views','0','5b7a82afd8174503a4b818e6606c6dd4');
INSERT INTO "params" VALUES('config.data.augmentations','[]','5b7a82afd8174503a4b818e6606c6dd4');
INSERT INTO "params" VALUES('config.data.feature_norm','auto','5b7a82afd8174503a4b818e6606c6dd4');
INSERT INTO "params" VALUES('method_config.width','256','5b7a82afd8174503a4b818e6606c6dd4');
INSERT INTO "params" VALUES('method_config.heads','8','5b7a82afd8174503a4b818e6606c6dd4');
INSERT INTO "params" VALUES('method_config.ffn_dim','512','5b7a82afd8174503a4b818e6606c6dd4');
INSERT INTO "params" VALUES('method_config.layers','4','5b7a82afd8174503a4b818e6606c6dd4');
INSERT INTO "params" VALUES('method_config.num_queries','32','5b7a82afd8174503a4b818e6606c6dd4');
INSERT INTO "params" VALUES('method_config.dropout','0.0','5b7a82afd8174503a4b818e6606c6dd4');
INSERT INTO "params" VALUES('config.method','limber','14f98a930e694295935b6debdc9859ba');
INSERT INTO "params" VALUES('config.task','easy-vqa','14f98a930e694295935b6debdc9859ba');
INSERT INTO "params" VALUES('config.lm','smollm2-135m','14f98a930e694295935b6debdc9859ba');
INSERT INTO "params" VALUES('config.encoder','efficientnet-lite0','14f98a930e694295935b6debdc9859ba');
INSERT INTO "params" VALUES('config.seed','0','14f98a930e694295935b6debdc9859ba');
INSERT INTO "params" VALUES('config.output_dir','runs/reference','14f98a930e694295935b6debdc9859ba');
INSERT INTO "params" VALUES('config.run_name','limber_easy-vqa_smollm2-135m_efficientnet-lite0_f0.1_s0','14f98a930e694295935b6debdc9859ba');
INSERT INTO "params" VALUES('config.cache_dir','None','14f98a930e694295935b6debdc9859ba');
INSERT INTO "params" VALUES('config.tracking_uri','sqlite:////work/main/runs/reference/mlflow.db','14f98a930e694295935b6debdc9859ba');
INSERT INTO "params" VALUES('config.experiment','reference','14f98a930e694295935b6debdc9859ba');
INSERT INTO "params" VALUES('config.recipe','shared','14f98a930e694295935b6debdc9859ba');
INSERT INTO "params" VALUES('config.method_options','{}','14f98a930e694295935b6debdc9859ba');
INSERT INTO "params" VALUES('config.train.steps','100','14f98a930e694295935b6debdc9859ba');
INSERT INTO "params" VALUES('config.train.batch_size','16','14f98a930e694295935b6debdc9859ba');
INSERT INTO "params" VALUES('config.train.grad_accum','1','14f98a930e694295935b6debdc9859ba');
INSERT INTO "params" VALUES('config.train.lr','0.003','14f98a930e694295935b6debdc9859ba');
INSERT INTO "params" VALUES('config.train.min_lr','1e-05','14f98a930e694295935b6debdc9859ba');
INSERT INTO "params" VALUES('config.train.weight_decay','0.02','14f98a930e694295935b6debdc9859ba');
INSERT INTO "params" VALUES('config.train.warmup_steps','10','14f98a930e694295935b6debdc9859ba');
INSERT INTO "params" VALUES('config.train.grad_clip','1.0','14f98a930e694295935b6debdc9859ba');
INSERT INTO "params" VALUES('config.train.precision','bf16','14f98a930e694295935b6debdc9859ba');
INSERT INTO "params" VALUES('config.train.eval_every','0','14f98a930e694295935b6debdc9859ba');
INSERT INTO "params" VALUES('config.train.log_every','10','14f98a930e694295935b6debdc9859ba');
INSERT INTO "params" VALUES('config.train.checkpoint_every','50','14f98a930e694295935b6debdc9859ba');
INSERT INTO "params" VALUES('config.train.loss_reduction','token_mean','14f98a930e694295935b6debdc9859ba');
INSERT INTO "params" VALUES('config.train.loss_weight','1.0','14f98a930e694295935b6debdc9859ba');
INSERT INTO "params" VALUES('config.train.betas','[0.9, 0.999]','14f98a930e694295935b6debdc9859ba');
INSERT INTO "params" VALUES('config.train.eps','1e-08','14f98a930e694295935b6debdc9859ba');
INSERT INTO "params" VALUES('config.train.schedule','cosine','14f98a930e694295935b6debdc9859ba');
INSERT INTO "params" VALUES('config.train.param_groups','[]','14f98a930e694295935b6debdc9859ba');
INSERT INTO "params" VALUES('config.train.loss_tokens','answer','14f98a930e694295935b6debdc9859ba');
INSERT INTO "params" VALUES('config.train.label_smoothing','0.0','14f98a930e694295935b6debdc9859ba');
INSERT INTO "params" VALUES('config.train.lm_dropout','False','14f98a930e694295935b6debdc9859ba');
INSERT INTO "params" VALUES('config.eval.batch_size','64','14f98a930e694295935b6debdc9859ba');
INSERT INTO "params" VALUES('config.eval.max_new_tokens','5','14f98a930e694295935b6debdc9859ba');
INSERT INTO "params" VALUES('config.eval.num_beams','1','14f98a930e694295935b6debdc9859ba');
INSERT INTO "params" VALUES('config.eval.length_penalty','1.0','14f98a930e694295935b6debdc9859ba');
INSERT INTO "params" VALUES('config.eval.max_examples','500','14f98a930e694295935b6debdc9859ba');
INSERT INTO "params" VALUES('config.eval.val_max_examples','200','14f98a930e694295935b6debdc9859ba');
INSERT INTO "params" VALUES('config.data.fraction','0.1','14f98a930e694295935b6debdc9859ba');
INSERT INTO "params" VALUES('config.data.data_dir','None','14f98a930e694295935b6debdc9859ba');
INSERT INTO "params" VALUES('config.data.val_images','0.1','14f98a930e694295935b6debdc9859ba');
INSERT INTO "params" VALUES('config.data.eval_split','None','14f98a930e694295935b6debdc9859ba');
INSERT INTO "params" VALUES('config.data.missing_media','error','14f98a930e694295935b6debdc9859ba');
INSERT INTO "params" VALUES('config.data.variant','None','14f98a930e694295935b6debdc9859ba');
INSERT INTO "params" VALUES('config.data.augment_views','0','14f98a930e694295935b6debdc9859ba');
INSERT INTO "params" VALUES('config.data.augmentations','[]','14f98a930e694295935b6debdc9859ba');
INSERT INTO "params" VALUES('config.data.feature_norm','auto','14f98a930e694295935b6debdc9859ba');
INSERT INTO "params" VALUES('method_config.feature','grid','14f98a930e694295935b6debdc9859ba');
INSERT INTO "params" VALUES('method_config.pooled_tokens','1','14f98a930e694295935b6debdc9859ba');
INSERT INTO "params" VALUES('method_config.patch_tokens_only','True','14f98a930e694295935b6debdc9859ba');
INSERT INTO "params" VALUES('method_config.dropout','0.1','14f98a930e694295935b6debdc9859ba');
INSERT INTO "params" VALUES('config.method','fromage','cc7ab919718b4bd4bc569e68b50296b2');
INSERT INTO "params" VALUES('config.task','easy-vqa','cc7ab919718b4bd4bc569e68b50296b2');
INSERT INTO "params" VALUES('config.lm','smollm2-135m','cc7ab919718b4bd4bc569e68b50296b2');
INSERT INTO "params" VALUES('config.encoder','efficientnet-lite0','cc7ab919718b4bd4bc569e68b50296b2');
INSERT INTO "params" VALUES('config.seed','0','cc7ab919718b4bd4bc569e68b50296b2');
INSERT INTO "params" VALUES('config.output_dir','runs/reference','cc7ab919718b4bd4bc569e68b50296b2');
INSERT INTO "params" VALUES('config.run_name','fromage_easy-vqa_smollm2-135m_efficientnet-lite0_f0.1_s0','cc7ab919718b4bd4bc569e68b50296b2');
INSERT INTO "params" VALUES('config.cache_dir','None','cc7ab919718b4bd4bc569e68b50296b2');
INSERT INTO "params" VALUES('config.tracking_uri','sqlite:////work/main/runs/reference/mlflow.db','cc7ab919718b4bd4bc569e68b50296b2');
INSERT INTO "params" VALUES('config.experiment','reference','cc7ab919718b4bd4bc569e68b50296b2');
INSERT INTO "params" VALUES('config.recipe','shared','cc7ab919718b4bd4bc569e68b50296b2');
INSERT INTO "params" VALUES('config.method_options','{}','cc7ab919718b4bd4bc569e68b50296b2');
INSERT INTO "params" VALUES('config.train.steps','100','cc7ab919718b4bd4bc569e68b50296b2');
INSERT INTO "params" VALUES('config.train.batch_size','16','cc7ab919718b4bd4bc569e68b50296b2');
INSERT INTO "params" VALUES('config.train.grad_accum','1','cc7ab919718b4bd4bc569e68b50296b2');
INSERT INTO "params" VALUES('config.train.lr','0.003','cc7ab919718b4bd4bc569e68b50296b2');
INSERT INTO "params" VALUES('config.train.min_lr','1e-05','cc7ab919718b4bd4bc569e68b50296b2');
INSERT INTO "params" VALUES('config.train.weight_decay','0.02','cc7ab919718b4bd4bc569e68b50296b2');
INSERT INTO "params" VALUES('config.train.warmup_steps','10','cc7ab919718b4bd4bc569e68b50296b2');
INSERT INTO "params" VALUES('config.train.grad_clip','1.0','cc7ab919718b4bd4bc569e68b50296b2');
INSERT INTO "params" VALUES('config.train.precision','bf16','cc7ab919718b4bd4bc569e68b50296b2');
INSERT INTO "params" VALUES('config.train.eval_every','0','cc7ab919718b4bd4bc569e68b50296b2');
INSERT INTO "params" VALUES('config.train.log_every','10','cc7ab919718b4bd4bc569e68b50296b2');
INSERT INTO "params" VALUES('config.train.checkpoint_every','50','cc7ab919718b4bd4bc569e68b50296b2');
INSERT INTO "params" VALUES('config.train.loss_reduction','token_mean','cc7ab919718b4bd4bc569e68b50296b2');
INSERT INTO "params" VALUES('config.train.loss_weight','1.0','cc7ab919718b4bd4bc569e68b50296b2');
INSERT INTO "params" VALUES('config.train.betas','[0.9, 0.999]','cc7ab919718b4bd4bc569e68b50296b2');
INSERT INTO "params" VALUES('config.train.eps','1e-08','cc7ab919718b4bd4bc569e68b50296b2');
INSERT INTO "params" VALUES('config.train.schedule','cosine','cc7ab919718b4bd4bc569e68b50296b2');
INSERT INTO "params" VALUES('config.train.param_groups','[]','cc7ab919718b4bd4bc569e68b50296b2');
INSERT INTO "params" VALUES('config.train.loss_tokens','answer','cc7ab919718b4bd4bc569e68b50296b2');
INSERT INTO "params" VALUES('config.train.label_smoothing','0.0','cc7ab919718b4bd4bc569e68b50296b2');
INSERT INTO "params" VALUES('config.train.lm_dropout','False','cc7ab919718b4bd4bc569e68b50296b2');
INSERT INTO "params" VALUES('config.eval.batch_size','64','cc7ab919718b4bd4bc569e68b50296b2');
INSERT INTO "params" VALUES('config.eval.max_new_tokens','5','cc7ab919718b4bd4bc569e68b50296b2');
INSERT INTO "params" VALUES('config.eval.num_beams','1','cc7ab919718b4bd4bc569e68b50296b2');
INSERT INTO "params" VALUES('config.eval.length_penalty','1.0','cc7ab919718b4bd4bc569e68b50296b2');
INSERT INTO "params" VALUES('config.eval.max_examples','500','cc7ab919718b4bd4bc569e68b50296b2');
INSERT INTO "params" VALUES('config.eval.val_max_examples','200','cc7ab919718b4bd4bc569e68b50296b2');
INSERT INTO "params" VALUES('config.data.fraction','0.1','cc7ab919718b4bd4bc569e68b50296b2');
INSERT INTO "params" VALUES('config.data.data_dir','None','cc7ab919718b4bd4bc569e68b50296b2');
INSERT INTO "params" VALUES('config.data.val_images','0.1','cc7ab919718b4bd4bc569e68b50296b2');
INSERT INTO "params" VALUES('config.data.eval_split','None','cc7ab919718b4bd4bc569e68b50296b2');
INSERT INTO "params" VALUES('config.data.missing_media','error','cc7ab919718b4bd4bc569e68b50296b2');
INSERT INTO "params" VALUES('config.data.variant','None','cc7ab919718b4bd4bc569e68b50296b2');
INSERT INTO "params" VALUES('config.data.augment_views','0','cc7ab919718b4bd4bc569e68b50296b2');
INSERT INTO "params" VALUES('config.data.augmentations','[]','cc7ab919718b4bd4bc569e68b50296b2');
INSERT INTO "params" VALUES('config.data.feature_norm','auto','cc7ab919718b4bd4bc569e68b50296b2');
INSERT INTO "params" VALUES('method_config.prefix_tokens','1','cc7ab919718b4bd4bc569e68b50296b2');
INSERT INTO "params" VALUES('method_config.retrieval','True','cc7ab919718b4bd4bc569e68b50296b2');
INSERT INTO "params" VALUES('method_config.retrieval_dim','256','cc7ab919718b4bd4bc569e68b50296b2');
INSERT INTO "params" VALUES('method_config.temperature','0.07','cc7ab919718b4bd4bc569e68b50296b2');
INSERT INTO "params" VALUES('method_config.max_logit_scale','100.0','cc7ab919718b4bd4bc569e68b50296b2');
INSERT INTO "params" VALUES('method_config.ret_lm_loss_weight','1.0','cc7ab919718b4bd4bc569e68b50296b2');
INSERT INTO "params" VALUES('method_config.contrastive_loss_weight','1.0','cc7ab919718b4bd4bc569e68b50296b2');
INSERT INTO "params" VALUES('method_config.retrieval_text','prompt_and_target','cc7ab919718b4bd4bc569e68b50296b2');
INSERT INTO "params" VALUES('method_config.recall_ks','[1, 5, 10]','cc7ab919718b4bd4bc569e68b50296b2');
INSERT INTO "params" VALUES('method_config.retrieval_batch_size','32','cc7ab919718b4bd4bc569e68b50296b2');
INSERT INTO "params" VALUES('method_config.rescale_ret_embedding','True','cc7ab919718b4bd4bc569e68b50296b2');
INSERT INTO "params" VALUES('config.method','promptfuse','bf091a19040e4218aa43fb43a52cf0da');
INSERT INTO "params" VALUES('config.task','easy-vqa','bf091a19040e4218aa43fb43a52cf0da');
INSERT INTO "params" VALUES('config.lm','smollm2-135m','bf091a19040e4218aa43fb43a52cf0da');
INSERT INTO "params" VALUES('config.encoder','efficientnet-lite0','bf091a19040e4218aa43fb43a52cf0da');
INSERT INTO "params" VALUES('config.seed','0','bf091a19040e4218aa43fb43a52cf0da');
INSERT INTO "params" VALUES('config.output_dir','runs/reference','bf091a19040e4218aa43fb43a52cf0da');
INSERT INTO "params" VALUES('config.run_name','promptfuse_easy-vqa_smollm2-135m_efficientnet-lite0_f0.1_s0','bf091a19040e4218aa43fb43a52cf0da');
INSERT INTO "params" VALUES('config.cache_dir','None','bf091a19040e4218aa43fb43a52cf0da');
INSERT INTO "params" VALUES('config.tracking_uri','sqlite:////work/main/runs/reference/mlflow.db','bf091a19040e4218aa43fb43a52cf0da');
INSERT INTO "params" VALUES('config.experiment','reference','bf091a19040e4218aa43fb43a52cf0da');
INSERT INTO "params" VALUES('config.recipe','shared','bf091a19040e4218aa43fb43a52cf0da');
INSERT INTO "params" VALUES('config.method_options','{}','bf091a19040e4218aa43fb43a52cf0da');
INSERT INTO "params" VALUES('config.train.steps','100','bf091a19040e4218aa43fb43a52cf0da');
INSERT INTO "params" VALUES('config.train.batch_size','16','bf091a19040e4218aa43fb43a52cf0da');
INSERT INTO "params" VALUES('config.train.grad_accum','1','bf091a19040e4218aa43fb43a52cf0da');
INSERT INTO "params" VALUES('config.train.lr','0.003','bf091a19040e4218aa43fb43a52cf0da');
INSERT INTO "params" VALUES('config.train.min_lr','1e-05','bf091a19040e4218aa43fb43a52cf0da');
INSERT INTO "params" VALUES('config.train.weight_decay','0.02','bf091a19040e4218aa43fb43a52cf0da');
INSERT INTO "params" VALUES('config.train.warmup_steps','10','bf091a19040e4218aa43fb43a52cf0da');
INSERT INTO "params" VALUES('config.train.grad_clip','1.0','bf091a19040e4218aa43fb43a52cf0da');
INSERT INTO "params" VALUES('config.train.precision','bf16','bf091a19040e4218aa43fb43a52cf0da');
INSERT INTO "params" VALUES('config.train.eval_every','0','bf091a19040e4218aa43fb43a52cf0da');
INSERT INTO "params" VALUES('config.train.log_every','10','bf091a19040e4218aa43fb43a52cf0da');
INSERT INTO "params" VALUES('config.train.checkpoint_every','50','bf091a19040e4218aa43fb43a52cf0da');
INSERT INTO "params" VALUES('config.train.loss_reduction','token_mean','bf091a19040e4218aa43fb43a52cf0da');
INSERT INTO "params" VALUES('config.train.loss_weight','1.0','bf091a19040e4218aa43fb43a52cf0da');
INSERT INTO "params" VALUES('config.train.betas','[0.9, 0.999]','bf091a19040e4218aa43fb43a52cf0da');
INSERT INTO "params" VALUES('config.train.eps','1e-08','bf091a19040e4218aa43fb43a52cf0da');
INSERT INTO "params" VALUES('config.train.schedule','cosine','bf091a19040e4218aa43fb43a52cf0da');
INSERT INTO "params" VALUES('config.train.param_groups','[]','bf091a19040e4218aa43fb43a52cf0da');
INSERT INTO "params" VALUES('config.train.loss_tokens','answer','bf091a19040e4218aa43fb43a52cf0da');
INSERT INTO "params" VALUES('config.train.label_smoothing','0.0','bf091a19040e4218aa43fb43a52cf0da');
INSERT INTO "params" VALUES('config.train.lm_dropout','False','bf091a19040e4218aa43fb43a52cf0da');
INSERT INTO "params" VALUES('config.eval.batch_size','64','bf091a19040e4218aa43fb43a52cf0da');
INSERT INTO "params" VALUES('config.eval.max_new_tokens','5','bf091a19040e4218aa43fb43a52cf0da');
INSERT INTO "params" VALUES('config.eval.num_beams','1','bf091a19040e4218aa43fb43a52cf0da');
INSERT INTO "params" VALUES('config.eval.length_penalty','1.0','bf091a19040e4218aa43fb43a52cf0da');
INSERT INTO "params" VALUES('config.eval.max_examples','500','bf091a19040e4218aa43fb43a52cf0da');
INSERT INTO "params" VALUES('config.eval.val_max_examples','200','bf091a19040e4218aa43fb43a52cf0da');
INSERT INTO "params" VALUES('config.data.fraction','0.1','bf091a19040e4218aa43fb43a52cf0da');
INSERT INTO "params" VALUES('config.data.data_dir','None','bf091a19040e4218aa43fb43a52cf0da');
INSERT INTO "params" VALUES('config.data.val_images','0.1','bf091a19040e4218aa43fb43a52cf0da');
INSERT INTO "params" VALUES('config.data.eval_split','None','bf091a19040e4218aa43fb43a52cf0da');
INSERT INTO "params" VALUES('config.data.missing_media','error','bf091a19040e4218aa43fb43a52cf0da');
INSERT INTO "params" VALUES('config.data.variant','None','bf091a19040e4218aa43fb43a52cf0da');
INSERT INTO "params" VALUES('config.data.augment_views','0','bf091a19040e4218aa43fb43a52cf0da');
INSERT INTO "params" VALUES('config.data.augmentations','[]','bf091a19040e4218aa43fb43a52cf0da');
INSERT INTO "params" VALUES('config.data.feature_norm','auto','bf091a19040e4218aa43fb43a52cf0da');
INSERT INTO "params" VALUES('method_config.prompt_length','20','bf091a19040e4218aa43fb43a52cf0da');
INSERT INTO "params" VALUES('method_config.prompt_mlp','False','bf091a19040e4218aa43fb43a52cf0da');
INSERT INTO "params" VALUES('method_config.prompt_init','embedding_rms','bf091a19040e4218aa43fb43a52cf0da');
INSERT INTO "params" VALUES('method_config.feature','grid','bf091a19040e4218aa43fb43a52cf0da');
INSERT INTO "params" VALUES('method_config.patch_tokens_only','False','bf091a19040e4218aa43fb43a52cf0da');
INSERT INTO "params" VALUES('method_config.feature_map','auto','bf091a19040e4218aa43fb43a52cf0da');
INSERT INTO "params" VALUES('method_config.feature_map_seed','0','bf091a19040e4218aa43fb43a52cf0da');
INSERT INTO "params" VALUES('method_config.modality_scale','None','bf091a19040e4218aa43fb43a52cf0da');
INSERT INTO "params" VALUES('config.method','promptfuse-blind','01660c6fc6fd40ea882b0925d596f886');
INSERT INTO "params" VALUES('config.task','easy-vqa','01660c6fc6fd40ea882b0925d596f886');
INSERT INTO "params" VALUES('config.lm','smollm2-135m','01660c6fc6fd40ea882b0925d596f886');
INSERT INTO "params" VALUES('config.encoder','efficientnet-lite0','01660c6fc6fd40ea882b0925d596f886');
INSERT INTO "params" VALUES('config.seed','0','01660c6fc6fd40ea882b0925d596f886');
INSERT INTO "params" VALUES('config.output_dir','runs/reference','01660c6fc6fd40ea882b0925d596f886');
INSERT INTO "params" VALUES('config.run_name','promptfuse-blind_easy-vqa_smollm2-135m_efficientnet-lite0_f0.1_s0','01660c6fc6fd40ea882b0925d596f886');
INSERT INTO "params" VALUES('config.cache_dir','None','01660c6fc6fd40ea882b0925d596f886');
INSERT INTO "params" VALUES('config.tracking_uri','sqlite:////work/main/runs/reference/mlflow.db','01660c6fc6fd40ea882b0925d596f886');
INSERT INTO "params" VALUES('config.experiment','reference','01660c6fc6fd40ea882b0925d596f886');
INSERT INTO "params" VALUES('config.recipe','shared','01660c6fc6fd40ea882b0925d596f886');
INSERT INTO "params" VALUES('config.method_options','{}','01660c6fc6fd40ea882b0925d596f886');
INSERT INTO "params" VALUES('config.train.steps','100','01660c6fc6fd40ea882b0925d596f886');
INSERT INTO "params" VALUES('config.train.batch_size','16','01660c6fc6fd40ea882b0925d596f886');
INSERT INTO "params" VALUES('config.train.grad_accum','1','01660c6fc6fd40ea882b0925d596f886');
INSERT INTO "params" VALUES('config.train.lr','0.003','01660c6fc6fd40ea882b0925d596f886');
INSERT INTO "params" VALUES('config.train.min_lr','1e-05','01660c6fc6fd40ea882b0925d596f886');
INSERT INTO "params" VALUES('config.train.weight_decay','0.02','01660c6fc6fd40ea882b0925d596f886');
INSERT INTO "params" VALUES('config.train.warmup_steps','10','01660c6fc6fd40ea882b0925d596f886');
INSERT INTO "params" VALUES('config.train.grad_clip','1.0','01660c6fc6fd40ea882b0925d596f886');
INSERT INTO "params" VALUES('config.train.precision','bf16','01660c6fc6fd40ea882b0925d596f886');
INSERT INTO "params" VALUES('config.train.eval_every','0','01660c6fc6fd40ea882b0925d596f886');
INSERT INTO "params" VALUES('config.train.log_every','10','01660c6fc6fd40ea882b0925d596f886');
INSERT INTO "params" VALUES('config.train.checkpoint_every','50','01660c6fc6fd40ea882b0925d596f886');
INSERT INTO "params" VALUES('config.train.loss_reduction','token_mean','01660c6fc6fd40ea882b0925d596f886');
INSERT INTO "params" VALUES('config.train.loss_weight','1.0','01660c6fc6fd40ea882b0925d596f886');
INSERT INTO "params" VALUES('config.train.betas','[0.9, 0.999]','01660c6fc6fd40ea882b0925d596f886');
INSERT INTO "params" VALUES('config.train.eps','1e-08','01660c6fc6fd40ea882b0925d596f886');
INSERT INTO "params" VALUES('config.train.schedule','cosine','01660c6fc6fd40ea882b0925d596f886');
INSERT INTO "params" VALUES('config.train.param_groups','[]','01660c6fc6fd40ea882b0925d596f886');
INSERT INTO "params" VALUES('config.train.loss_tokens','answer','01660c6fc6fd40ea882b0925d596f886');
INSERT INTO "params" VALUES('config.train.label_smoothing','0.0','01660c6fc6fd40ea882b0925d596f886');
INSERT INTO "params" VALUES('config.train.lm_dropout','False','01660c6fc6fd40ea882b0925d596f886');
INSERT INTO "params" VALUES('config.eval.batch_size','64','01660c6fc6fd40ea882b0925d596f886');
INSERT INTO "params" VALUES('config.eval.max_new_tokens','5','01660c6fc6fd40ea882b0925d596f886');
INSERT INTO "params" VALUES('config.eval.num_beams','1','01660c6fc6fd40ea882b0925d596f886');
INSERT INTO "params" VALUES('config.eval.length_penalty','1.0','01660c6fc6fd40ea882b0925d596f886');
INSERT INTO "params" VALUES('config.eval.max_examples','500','01660c6fc6fd40ea882b0925d596f886');
INSERT INTO "params" VALUES('config.eval.val_max_examples','200','01660c6fc6fd40ea882b0925d596f886');
INSERT INTO "params" VALUES('config.data.fraction','0.1','01660c6fc6fd40ea882b0925d596f886');
INSERT INTO "params" VALUES('config.data.data_dir','None','01660c6fc6fd40ea882b0925d596f886');
INSERT INTO "params" VALUES('config.data.val_images','0.1','01660c6fc6fd40ea882b0925d596f886');
INSERT INTO "params" VALUES('config.data.eval_split','None','01660c6fc6fd40ea882b0925d596f886');
INSERT INTO "params" VALUES('config.data.missing_media','error','01660c6fc6fd40ea882b0925d596f886');
INSERT INTO "params" VALUES('config.data.variant','None','01660c6fc6fd40ea882b0925d596f886');
INSERT INTO "params" VALUES('config.data.augment_views','0','01660c6fc6fd40ea882b0925d596f886');
INSERT INTO "params" VALUES('config.data.augmentations','[]','01660c6fc6fd40ea882b0925d596f886');
INSERT INTO "params" VALUES('config.data.feature_norm','auto','01660c6fc6fd40ea882b0925d596f886');
INSERT INTO "params" VALUES('method_config.prompt_length','20','01660c6fc6fd40ea882b0925d596f886');
INSERT INTO "params" VALUES('method_config.prompt_mlp','False','01660c6fc6fd40ea882b0925d596f886');
INSERT INTO "params" VALUES('method_config.prompt_init','embedding_rms','01660c6fc6fd40ea882b0925d596f886');
INSERT INTO "params" VALUES('method_config.feature','grid','01660c6fc6fd40ea882b0925d596f886');
INSERT INTO "params" VALUES('method_config.patch_tokens_only','False','01660c6fc6fd40ea882b0925d596f886');
INSERT INTO "params" VALUES('method_config.feature_map','auto','01660c6fc6fd40ea882b0925d596f886');
INSERT INTO "params" VALUES('method_config.feature_map_seed','0','01660c6fc6fd40ea882b0925d596f886');
INSERT INTO "params" VALUES('method_config.modality_scale','None','01660c6fc6fd40ea882b0925d596f886');
INSERT INTO "params" VALUES('config.method','magma','2ea5826571ed4fbab2b379ef3163c080');
INSERT INTO "params" VALUES('config.task','easy-vqa','2ea5826571ed4fbab2b379ef3163c080');
INSERT INTO "params" VALUES('config.lm','smollm2-135m','2ea5826571ed4fbab2b379ef3163c080');
INSERT INTO "params" VALUES('config.encoder','efficientnet-lite0','2ea5826571ed4fbab2b379ef3163c080');
INSERT INTO "params" VALUES('config.seed','0','2ea5826571ed4fbab2b379ef3163c080');
INSERT INTO "params" VALUES('config.output_dir','runs/reference','2ea5826571ed4fbab2b379ef3163c080');
INSERT INTO "params" VALUES('config.run_name','magma_easy-vqa_smollm2-135m_efficientnet-lite0_f0.1_s0','2ea5826571ed4fbab2b379ef3163c080');
INSERT INTO "params" VALUES('config.cache_dir','None','2ea5826571ed4fbab2b379ef3163c080');
INSERT INTO "params" VALUES('config.tracking_uri','sqlite:////work/main/runs/reference/mlflow.db','2ea5826571ed4fbab2b379ef3163c080');
INSERT INTO "params" VALUES('config.experiment','reference','2ea5826571ed4fbab2b379ef3163c080');
INSERT INTO "params" VALUES('config.recipe','shared','2ea5826571ed4fbab2b379ef3163c080');
INSERT INTO "params" VALUES('config.method_options','{}','2ea5826571ed4fbab2b379ef3163c080');
INSERT INTO "params" VALUES('config.train.steps','100','2ea5826571ed4fbab2b379ef3163c080');
INSERT INTO "params" VALUES('config.train.batch_size','16','2ea5826571ed4fbab2b379ef3163c080');
INSERT INTO "params" VALUES('config.train.grad_accum','1','2ea5826571ed4fbab2b379ef3163c080');
INSERT INTO "params" VALUES('config.train.lr','0.0003','2ea5826571ed4fbab2b379ef3163c080');
INSERT INTO "params" VALUES('config.train.min_lr','1e-05','2ea5826571ed4fbab2b379ef3163c080');
INSERT INTO "params" VALUES('config.train.weight_decay','0.02','2ea5826571ed4fbab2b379ef3163c080');
INSERT INTO "params" VALUES('config.train.warmup_steps','10','2ea5826571ed4fbab2b379ef3163c080');
INSERT INTO "params" VALUES('config.train.grad_clip','1.0','2ea5826571ed4fbab2b379ef3163c080');
INSERT INTO "params" VALUES('config.train.precision','bf16','2ea5826571ed4fbab2b379ef3163c080');
INSERT INTO "params" VALUES('config.train.eval_every','0','2ea5826571ed4fbab2b379ef3163c080');
INSERT INTO "params" VALUES('config.train.log_every','10','2ea5826571ed4fbab2b379ef3163c080');
INSERT INTO "params" VALUES('config.train.checkpoint_every','50','2ea5826571ed4fbab2b379ef3163c080');
INSERT INTO "params" VALUES('config.train.loss_reduction','token_mean','2ea5826571ed4fbab2b379ef3163c080');
INSERT INTO "params" VALUES('config.train.loss_weight','1.0','2ea5826571ed4fbab2b379ef3163c080');
INSERT INTO "params" VALUES('config.train.betas','[0.9, 0.999]','2ea5826571ed4fbab2b379ef3163c080');
INSERT INTO "params" VALUES('config.train.eps','1e-08','2ea5826571ed4fbab2b379ef3163c080');
INSERT INTO "params" VALUES('config.train.schedule','cosine','2ea5826571ed4fbab2b379ef3163c080');
INSERT INTO "params" VALUES('config.train.param_groups','[]','2ea5826571ed4fbab2b379ef3163c080');
INSERT INTO "params" VALUES('config.train.loss_tokens','answer','2ea5826571ed4fbab2b379ef3163c080');
INSERT INTO "params" VALUES('config.train.label_smoothing','0.0','2ea5826571ed4fbab2b379ef3163c080');
INSERT INTO "params" VALUES('config.train.lm_dropout','False','2ea5826571ed4fbab2b379ef3163c080');
INSERT INTO "params" VALUES('config.eval.batch_size','64','2ea5826571ed4fbab2b379ef3163c080');
INSERT INTO "params" VALUES('config.eval.max_new_tokens','5','2ea5826571ed4fbab2b379ef3163c080');
INSERT INTO "params" VALUES('config.eval.num_beams','1','2ea5826571ed4fbab2b379ef3163c080');
INSERT INTO "params" VALUES('config.eval.length_penalty','1.0','2ea5826571ed4fbab2b379ef3163c080');
INSERT INTO "params" VALUES('config.eval.max_examples','500','2ea5826571ed4fbab2b379ef3163c080');
INSERT INTO "params" VALUES('config.eval.val_max_examples','200','2ea5826571ed4fbab2b379ef3163c080');
INSERT INTO "params" VALUES('config.data.fraction','0.1','2ea5826571ed4fbab2b379ef3163c080');
INSERT INTO "params" VALUES('config.data.data_dir','None','2ea5826571ed4fbab2b379ef3163c080');
INSERT INTO "params" VALUES('config.data.val_images','0.1','2ea5826571ed4fbab2b379ef3163c080');
INSERT INTO "params" VALUES('config.data.eval_split','None','2ea5826571ed4fbab2b379ef3163c080');
INSERT INTO "params" VALUES('config.data.missing_media','error','2ea5826571ed4fbab2b379ef3163c080');
INSERT INTO "params" VALUES('config.data.variant','None','2ea5826571ed4fbab2b379ef3163c080');
INSERT INTO "params" VALUES('config.data.augment_views','0','2ea5826571ed4fbab2b379ef3163c080');
INSERT INTO "params" VALUES('config.data.augmentations','[]','2ea5826571ed4fbab2b379ef3163c080');
INSERT INTO "params" VALUES('config.data.feature_norm','auto','2ea5826571ed4fbab2b379ef3163c080');
INSERT INTO "params" VALUES('method_config.adapter_downsample','4','2ea5826571ed4fbab2b379ef3163c080');
INSERT INTO "params" VALUES('method_config.attention_adapters','False','2ea5826571ed4fbab2b379ef3163c080');
INSERT INTO "params" VALUES('method_config.attention_downsample','8','2ea5826571ed4fbab2b379ef3163c080');
INSERT INTO "params" VALUES('method_config.init_std','0.001','2ea5826571ed4fbab2b379ef3163c080');
INSERT INTO "params" VALUES('method_config.init_clamp','True','2ea5826571ed4fbab2b379ef3163c080');
INSERT INTO "params" VALUES('method_config.zero_bias','False','2ea5826571ed4fbab2b379ef3163c080');
INSERT INTO "params" VALUES('method_config.prefix_dropout','0.1','2ea5826571ed4fbab2b379ef3163c080');
INSERT INTO "params" VALUES('config.method','lora','deee6bc48cf64816a4763304ac12d040');
INSERT INTO "params" VALUES('config.task','easy-vqa','deee6bc48cf64816a4763304ac12d040');
INSERT INTO "params" VALUES('config.lm','smollm2-135m','deee6bc48cf64816a4763304ac12d040');
INSERT INTO "params" VALUES('config.encoder','efficientnet-lite0','deee6bc48cf64816a4763304ac12d040');
INSERT INTO "params" VALUES('config.seed','0','deee6bc48cf64816a4763304ac12d040');
INSERT INTO "params" VALUES('config.output_dir','runs/reference','deee6bc48cf64816a4763304ac12d040');
INSERT INTO "params" VALUES('config.run_name','lora_easy-vqa_smollm2-135m_efficientnet-lite0_f0.1_s0','deee6bc48cf64816a4763304ac12d040');
INSERT INTO "params" VALUES('config.cache_dir','None','deee6bc48cf64816a4763304ac12d040');
INSERT INTO "params" VALUES('config.tracking_uri','sqlite:////work/main/runs/reference/mlflow.db','deee6bc48cf64816a4763304ac12d040');
INSERT INTO "params" VALUES('config.experiment','reference','deee6bc48cf64816a4763304ac12d040');
INSERT INTO "params" VALUES('config.recipe','shared','deee6bc48cf64816a4763304ac12d040');
INSERT INTO "params" VALUES('config.method_options','{}','deee6bc48cf64816a4763304ac12d040');
INSERT INTO "params" VALUES('config.train.steps','100','deee6bc48cf64816a4763304ac12d040');
INSERT INTO "params" VALUES('config.train.batch_size','16','deee6bc48cf64816a4763304ac12d040');
INSERT INTO "params" VALUES('config.train.grad_accum','1','deee6bc48cf64816a4763304ac12d040');
INSERT INTO "params" VALUES('config.train.lr','0.003','deee6bc48cf64816a4763304ac12d040');
INSERT INTO "params" VALUES('config.train.min_lr','1e-05','deee6bc48cf64816a4763304ac12d040');
INSERT INTO "params" VALUES('config.train.weight_decay','0.02','deee6bc48cf64816a4763304ac12d040');
INSERT INTO "params" VALUES('config.train.warmup_steps','10','deee6bc48cf64816a4763304ac12d040');
INSERT INTO "params" VALUES('config.train.grad_clip','1.0','deee6bc48cf64816a4763304ac12d040');
INSERT INTO "params" VALUES('config.train.precision','bf16','deee6bc48cf64816a4763304ac12d040');
INSERT INTO "params" VALUES('config.train.eval_every','0','deee6bc48cf64816a4763304ac12d040');
INSERT INTO "params" VALUES('config.train.log_every','10','deee6bc48cf64816a4763304ac12d040');
INSERT INTO "params" VALUES('config.train.checkpoint_every','50','deee6bc48cf64816a4763304ac12d040');
INSERT INTO "params" VALUES('config.train.loss_reduction','token_mean','deee6bc48cf64816a4763304ac12d040');
INSERT INTO "params" VALUES('config.train.loss_weight','1.0','deee6bc48cf64816a4763304ac12d040');
INSERT INTO "params" VALUES('config.train.betas','[0.9, 0.999]','deee6bc48cf64816a4763304ac12d040');
INSERT INTO "params" VALUES('config.train.eps','1e-08','deee6bc48cf64816a4763304ac12d040');
INSERT INTO "params" VALUES('config.train.schedule','cosine','deee6bc48cf64816a4763304ac12d040');
INSERT INTO "params" VALUES('config.train.param_groups','[]','deee6bc48cf64816a4763304ac12d040');
INSERT INTO "params" VALUES('config.train.loss_tokens','answer','deee6bc48cf64816a4763304ac12d040');
INSERT INTO "params" VALUES('config.train.label_smoothing','0.0','deee6bc48cf64816a4763304ac12d040');
INSERT INTO "params" VALUES('config.train.lm_dropout','False','deee6bc48cf64816a4763304ac12d040');
INSERT INTO "params" VALUES('config.eval.batch_size','64','deee6bc48cf64816a4763304ac12d040');
INSERT INTO "params" VALUES('config.eval.max_new_tokens','5','deee6bc48cf64816a4763304ac12d040');
INSERT INTO "params" VALUES('config.eval.num_beams','1','deee6bc48cf64816a4763304ac12d040');
INSERT INTO "params" VALUES('config.eval.length_penalty','1.0','deee6bc48cf64816a4763304ac12d040');
INSERT INTO "params" VALUES('config.eval.max_examples','500','deee6bc48cf64816a4763304ac12d040');
INSERT INTO "params" VALUES('config.eval.val_max_examples','200','deee6bc48cf64816a4763304ac12d040');
INSERT INTO "params" VALUES('config.data.fraction','0.1','deee6bc48cf64816a4763304ac12d040');
INSERT INTO "params" VALUES('config.data.data_dir','None','deee6bc48cf64816a4763304ac12d040');
INSERT INTO "params" VALUES('config.data.val_images','0.1','deee6bc48cf64816a4763304ac12d040');
INSERT INTO "params" VALUES('config.data.eval_split','None','deee6bc48cf64816a4763304ac12d040');
INSERT INTO "params" VALUES('config.data.missing_media','error','deee6bc48cf64816a4763304ac12d040');
INSERT INTO "params" VALUES('config.data.variant','None','deee6bc48cf64816a4763304ac12d040');
INSERT INTO "params" VALUES('config.data.augment_views','0','deee6bc48cf64816a4763304ac12d040');
INSERT INTO "params" VALUES('config.data.augmentations','[]','deee6bc48cf64816a4763304ac12d040');
INSERT INTO "params" VALUES('config.data.feature_norm','auto','deee6bc48cf64816a4763304ac12d040');
INSERT INTO "params" VALUES('method_config.r','8','deee6bc48cf64816a4763304ac12d040');
INSERT INTO "params" VALUES('method_config.lora_alpha','16.0','deee6bc48cf64816a4763304ac12d040');
INSERT INTO "params" VALUES('method_config.lora_dropout','0.0','deee6bc48cf64816a4763304ac12d040');
INSERT INTO "params" VALUES('method_config.target_modules','["q_proj", "v_proj"]','deee6bc48cf64816a4763304ac12d040');
INSERT INTO "params" VALUES('method_config.feature','grid','deee6bc48cf64816a4763304ac12d040');
INSERT INTO "params" VALUES('method_config.patch_tokens_only','False','deee6bc48cf64816a4763304ac12d040');
INSERT INTO "params" VALUES('config.method','llava-mlp','252df570dbc942f79f086793a35b3fe3');
INSERT INTO "params" VALUES('config.task','easy-vqa','252df570dbc942f79f086793a35b3fe3');
INSERT INTO "params" VALUES('config.lm','smollm2-135m','252df570dbc942f79f086793a35b3fe3');
INSERT INTO "params" VALUES('config.encoder','efficientnet-lite0','252df570dbc942f79f086793a35b3fe3');
INSERT INTO "params" VALUES('config.seed','0','252df570dbc942f79f086793a35b3fe3');
INSERT INTO "params" VALUES('config.output_dir','runs/reference','252df570dbc942f79f086793a35b3fe3');
INSERT INTO "params" VALUES('config.run_name','llava-mlp_easy-vqa_smollm2-135m_efficientnet-lite0_f0.1_s0','252df570dbc942f79f086793a35b3fe3');
INSERT INTO "params" VALUES('config.cache_dir','None','252df570dbc942f79f086793a35b3fe3');
INSERT INTO "params" VALUES('config.tracking_uri','sqlite:////work/main/runs/reference/mlflow.db','252df570dbc942f79f086793a35b3fe3');
INSERT INTO "params" VALUES('config.experiment','reference','252df570dbc942f79f086793a35b3fe3');
INSERT INTO "params" VALUES('config.recipe','shared','252df570dbc942f79f086793a35b3fe3');
INSERT INTO "params" VALUES('config.method_options','{}','252df570dbc942f79f086793a35b3fe3');
INSERT INTO "params" VALUES('config.train.steps','100','252df570dbc942f79f086793a35b3fe3');
INSERT INTO "params" VALUES('config.train.batch_size','16','252df570dbc942f79f086793a35b3fe3');
INSERT INTO "params" VALUES('config.train.grad_accum','1','252df570dbc942f79f086793a35b3fe3');
INSERT INTO "params" VALUES('config.train.lr','0.001','252df570dbc942f79f086793a35b3fe3');
INSERT INTO "params" VALUES('config.train.min_lr','1e-05','252df570dbc942f79f086793a35b3fe3');
INSERT INTO "params" VALUES('config.train.weight_decay','0.02','252df570dbc942f79f086793a35b3fe3');
INSERT INTO "params" VALUES('config.train.warmup_steps','10','252df570dbc942f79f086793a35b3fe3');
INSERT INTO "params" VALUES('config.train.grad_clip','1.0','252df570dbc942f79f086793a35b3fe3');
INSERT INTO "params" VALUES('config.train.precision','bf16','252df570dbc942f79f086793a35b3fe3');
INSERT INTO "params" VALUES('config.train.eval_every','0','252df570dbc942f79f086793a35b3fe3');
INSERT INTO "params" VALUES('config.train.log_every','10','252df570dbc942f79f086793a35b3fe3');
INSERT INTO "params" VALUES('config.train.checkpoint_every','50','252df570dbc942f79f086793a35b3fe3');
INSERT INTO "params" VALUES('config.train.loss_reduction','token_mean','252df570dbc942f79f086793a35b3fe3');
INSERT INTO "params" VALUES('config.train.loss_weight','1.0','252df570dbc942f79f086793a35b3fe3');
INSERT INTO "params" VALUES('config.train.betas','[0.9, 0.999]','252df570dbc942f79f086793a35b3fe3');
INSERT INTO "params" VALUES('config.train.eps','1e-08','252df570dbc942f79f086793a35b3fe3');
INSERT INTO "params" VALUES('config.train.schedule','cosine','252df570dbc942f79f086793a35b3fe3');
INSERT INTO "params" VALUES('config.train.param_groups','[]','252df570dbc942f79f086793a35b3fe3');
INSERT INTO "params" VALUES('config.train.loss_tokens','answer','252df570dbc942f79f086793a35b3fe3');
INSERT INTO "params" VALUES('config.train.label_smoothing','0.0','252df570dbc942f79f086793a35b3fe3');
INSERT INTO "params" VALUES('config.train.lm_dropout','False','252df570dbc942f79f086793a35b3fe3');
INSERT INTO "params" VALUES('config.eval.batch_size','64','252df570dbc942f79f086793a35b3fe3');
INSERT INTO "params" VALUES('config.eval.max_new_tokens','5','252df570dbc942f79f086793a35b3fe3');
INSERT INTO "params" VALUES('config.eval.num_beams','1','252df570dbc942f79f086793a35b3fe3');
INSERT INTO "params" VALUES('config.eval.length_penalty','1.0','252df570dbc942f79f086793a35b3fe3');
INSERT INTO "params" VALUES('config.eval.max_examples','500','252df570dbc942f79f086793a35b3fe3');
INSERT INTO "params" VALUES('config.eval.val_max_examples','200','252df570dbc942f79f086793a35b3fe3');
INSERT INTO "params" VALUES('config.data.fraction','0.1','252df570dbc942f79f086793a35b3fe3');
INSERT INTO "params" VALUES('config.data.data_dir','None','252df570dbc942f79f086793a35b3fe3');
INSERT INTO "params" VALUES('config.data.val_images','0.1','252df570dbc942f79f086793a35b3fe3');
INSERT INTO "params" VALUES('config.data.eval_split','None','252df570dbc942f79f086793a35b3fe3');
INSERT INTO "params" VALUES('config.data.missing_media','error','252df570dbc942f79f086793a35b3fe3');
INSERT INTO "params" VALUES('config.data.variant','None','252df570dbc942f79f086793a35b3fe3');
INSERT INTO "params" VALUES('config.data.augment_views','0','252df570dbc942f79f086793a35b3fe3');
INSERT INTO "params" VALUES('config.data.augmentations','[]','252df570dbc942f79f086793a35b3fe3');
INSERT INTO "params" VALUES('config.data.feature_norm','auto','252df570dbc942f79f086793a35b3fe3');
INSERT INTO "params" VALUES('method_config.depth','2','252df570dbc942f79f086793a35b3fe3');
INSERT INTO "params" VALUES('method_config.patch_tokens_only','True','252df570dbc942f79f086793a35b3fe3');
INSERT INTO "params" VALUES('config.method','qformer','60e45c4d1e0d4f67af6c4c1861bbfd69');
INSERT INTO "params" VALUES('config.task','easy-vqa','60e45c4d1e0d4f67af6c4c1861bbfd69');
INSERT INTO "params" VALUES('config.lm','smollm2-135m','60e45c4d1e0d4f67af6c4c1861bbfd69');
INSERT INTO "params" VALUES('config.encoder','efficientnet-lite0','60e45c4d1e0d4f67af6c4c1861bbfd69');
INSERT INTO "params" VALUES('config.seed','0','60e45c4d1e0d4f67af6c4c1861bbfd69');
INSERT INTO "params" VALUES('config.output_dir','runs/reference','60e45c4d1e0d4f67af6c4c1861bbfd69');
INSERT INTO "params" VALUES('config.run_name','qformer_easy-vqa_smollm2-135m_efficientnet-lite0_f0.1_s0','60e45c4d1e0d4f67af6c4c1861bbfd69');
INSERT INTO "params" VALUES('config.cache_dir','None','60e45c4d1e0d4f67af6c4c1861bbfd69');
INSERT INTO "params" VALUES('config.tracking_uri','sqlite:////work/main/runs/reference/mlflow.db','60e45c4d1e0d4f67af6c4c1861bbfd69');
INSERT INTO "params" VALUES('config.experiment','reference','60e45c4d1e0d4f67af6c4c1861bbfd69');
INSERT INTO "params" VALUES('config.recipe','shared','60e45c4d1e0d4f67af6c4c1861bbfd69');
INSERT INTO "params" VALUES('config.method_options','{}','60e45c4d1e0d4f67af6c4c1861bbfd69');
INSERT INTO "params" VALUES('config.train.steps','100','60e45c4d1e0d4f67af6c4c1861bbfd69');
INSERT INTO "params" VALUES('config.train.batch_size','16','60e45c4d1e0d4f67af6c4c1861bbfd69');
INSERT INTO "params" VALUES('config.train.grad_accum','1','60e45c4d1e0d4f67af6c4c1861bbfd69');
INSERT INTO "params" VALUES('config.train.lr','0.0003','60e45c4d1e0d4f67af6c4c1861bbfd69');
INSERT INTO "params" VALUES('config.train.min_lr','1e-05','60e45c4d1e0d4f67af6c4c1861bbfd69');
INSERT INTO "params" VALUES('config.train.weight_decay','0.02','60e45c4d1e0d4f67af6c4c1861bbfd69');
INSERT INTO "params" VALUES('config.train.warmup_steps','10','60e45c4d1e0d4f67af6c4c1861bbfd69');
INSERT INTO "params" VALUES('config.train.grad_clip','1.0','60e45c4d1e0d4f67af6c4c1861bbfd69');
INSERT INTO "params" VALUES('config.train.precision','bf16','60e45c4d1e0d4f67af6c4c1861bbfd69');
INSERT INTO "params" VALUES('config.train.eval_every','0','60e45c4d1e0d4f67af6c4c1861bbfd69');
INSERT INTO "params" VALUES('config.train.log_every','10','60e45c4d1e0d4f67af6c4c1861bbfd69');
INSERT INTO "params" VALUES('config.train.checkpoint_every','50','60e45c4d1e0d4f67af6c4c1861bbfd69');
INSERT INTO "params" VALUES('config.train.loss_reduction','token_mean','60e45c4d1e0d4f67af6c4c1861bbfd69');
INSERT INTO "params" VALUES('config.train.loss_weight','1.0','60e45c4d1e0d4f67af6c4c1861bbfd69');
INSERT INTO "params" VALUES('config.train.betas','[0.9, 0.999]','60e45c4d1e0d4f67af6c4c1861bbfd69');
INSERT INTO "params" VALUES('config.train.eps','1e-08','60e45c4d1e0d4f67af6c4c1861bbfd69');
INSERT INTO "params" VALUES('config.train.schedule','cosine','60e45c4d1e0d4f67af6c4c1861bbfd69');
INSERT INTO "params" VALUES('config.train.param_groups','[]','60e45c4d1e0d4f67af6c4c1861bbfd69');
INSERT INTO "params" VALUES('config.train.loss_tokens','answer','60e45c4d1e0d4f67af6c4c1861bbfd69');
INSERT INTO "params" VALUES('config.train.label_smoothing','0.0','60e45c4d1e0d4f67af6c4c1861bbfd69');
INSERT INTO "params" VALUES('config.train.lm_dropout','False','60e45c4d1e0d4f67af6c4c1861bbfd69');
INSERT INTO "params" VALUES('config.eval.batch_size','64','60e45c4d1e0d4f67af6c4c1861bbfd69');
INSERT INTO "params" VALUES('config.eval.max_new_tokens','5','60e45c4d1e0d4f67af6c4c1861bbfd69');
INSERT INTO "params" VALUES('config.eval.num_beams','1','60e45c4d1e0d4f67af6c4c1861bbfd69');
INSERT INTO "params" VALUES('config.eval.length_penalty','1.0','60e45c4d1e0d4f67af6c4c1861bbfd69');
INSERT INTO "params" VALUES('config.eval.max_examples','500','60e45c4d1e0d4f67af6c4c1861bbfd69');
INSERT INTO "params" VALUES('config.eval.val_max_examples','200','60e45c4d1e0d4f67af6c4c1861bbfd69');
INSERT INTO "params" VALUES('config.data.fraction','0.1','60e45c4d1e0d4f67af6c4c1861bbfd69');
INSERT INTO "params" VALUES('config.data.data_dir','None','60e45c4d1e0d4f67af6c4c1861bbfd69');
INSERT INTO "params" VALUES('config.data.val_images','0.1','60e45c4d1e0d4f67af6c4c1861bbfd69');
INSERT INTO "params" VALUES('config.data.eval_split','None','60e45c4d1e0d4f67af6c4c1861bbfd69');
INSERT INTO "params" VALUES('config.data.missing_media','error','60e45c4d1e0d4f67af6c4c1861bbfd69');
INSERT INTO "params" VALUES('config.data.variant','None','60e45c4d1e0d4f67af6c4c1861bbfd69');
INSERT INTO "params" VALUES('config.data.augment_views','0','60e45c4d1e0d4f67af6c4c1861bbfd69');
INSERT INTO "params" VALUES('config.data.augmentations','[]','60e45c4d1e0d4f67af6c4c1861bbfd69');
INSERT INTO "params" VALUES('config.data.feature_norm','auto','60e45c4d1e0d4f67af6c4c1861bbfd69');
INSERT INTO "params" VALUES('method_config.preset','tiny','60e45c4d1e0d4f67af6c4c1861bbfd69');
INSERT INTO "params" VALUES('method_config.hidden','None','60e45c4d1e0d4f67af6c4c1861bbfd69');
INSERT INTO "params" VALUES('method_config.layers','None','60e45c4d1e0d4f67af6c4c1861bbfd69');
INSERT INTO "params" VALUES('method_config.heads','None','60e45c4d1e0d4f67af6c4c1861bbfd69');
INSERT INTO "params" VALUES('method_config.ffn','None','60e45c4d1e0d4f67af6c4c1861bbfd69');
INSERT INTO "params" VALUES('method_config.cross_attention_freq','None','60e45c4d1e0d4f67af6c4c1861bbfd69');
INSERT INTO "params" VALUES('method_config.num_queries','32','60e45c4d1e0d4f67af6c4c1861bbfd69');
INSERT INTO "params" VALUES('method_config.dropout','0.1','60e45c4d1e0d4f67af6c4c1861bbfd69');
INSERT INTO "params" VALUES('method_config.patch_tokens_only','False','60e45c4d1e0d4f67af6c4c1861bbfd69');
INSERT INTO "params" VALUES('method_config.init_from','None','60e45c4d1e0d4f67af6c4c1861bbfd69');
INSERT INTO "params" VALUES('config.method','qformer-instruct','4efbbaa0574047d786a4a5dd69c00571');
INSERT INTO "params" VALUES('config.task','easy-vqa','4efbbaa0574047d786a4a5dd69c00571');
INSERT INTO "params" VALUES('config.lm','smollm2-135m','4efbbaa0574047d786a4a5dd69c00571');
INSERT INTO "params" VALUES('config.encoder','efficientnet-lite0','4efbbaa0574047d786a4a5dd69c00571');
INSERT INTO "params" VALUES('config.seed','0','4efbbaa0574047d786a4a5dd69c00571');
INSERT INTO "params" VALUES('config.output_dir','runs/reference','4efbbaa0574047d786a4a5dd69c00571');
INSERT INTO "params" VALUES('config.run_name','qformer-instruct_easy-vqa_smollm2-135m_efficientnet-lite0_f0.1_s0','4efbbaa0574047d786a4a5dd69c00571');
INSERT INTO "params" VALUES('config.cache_dir','None','4efbbaa0574047d786a4a5dd69c00571');
INSERT INTO "params" VALUES('config.tracking_uri','sqlite:////work/main/runs/reference/mlflow.db','4efbbaa0574047d786a4a5dd69c00571');
INSERT INTO "params" VALUES('config.experiment','reference','4efbbaa0574047d786a4a5dd69c00571');
INSERT INTO "params" VALUES('config.recipe','shared','4efbbaa0574047d786a4a5dd69c00571');
INSERT INTO "params" VALUES('config.method_options','{}','4efbbaa0574047d786a4a5dd69c00571');
INSERT INTO "params" VALUES('config.train.steps','100','4efbbaa0574047d786a4a5dd69c00571');
INSERT INTO "params" VALUES('config.train.batch_size','16','4efbbaa0574047d786a4a5dd69c00571');
INSERT INTO "params" VALUES('config.train.grad_accum','1','4efbbaa0574047d786a4a5dd69c00571');
INSERT INTO "params" VALUES('config.train.lr','0.001','4efbbaa0574047d786a4a5dd69c00571');
INSERT INTO "params" VALUES('config.train.min_lr','1e-05','4efbbaa0574047d786a4a5dd69c00571');
INSERT INTO "params" VALUES('config.train.weight_decay','0.02','4efbbaa0574047d786a4a5dd69c00571');
INSERT INTO "params" VALUES('config.train.warmup_steps','10','4efbbaa0574047d786a4a5dd69c00571');
INSERT INTO "params" VALUES('config.train.grad_clip','1.0','4efbbaa0574047d786a4a5dd69c00571');
INSERT INTO "params" VALUES('config.train.precision','bf16','4efbbaa0574047d786a4a5dd69c00571');
INSERT INTO "params" VALUES('config.train.eval_every','0','4efbbaa0574047d786a4a5dd69c00571');
INSERT INTO "params" VALUES('config.train.log_every','10','4efbbaa0574047d786a4a5dd69c00571');
INSERT INTO "params" VALUES('config.train.checkpoint_every','50','4efbbaa0574047d786a4a5dd69c00571');
INSERT INTO "params" VALUES('config.train.loss_reduction','token_mean','4efbbaa0574047d786a4a5dd69c00571');
INSERT INTO "params" VALUES('config.train.loss_weight','1.0','4efbbaa0574047d786a4a5dd69c00571');
INSERT INTO "params" VALUES('config.train.betas','[0.9, 0.999]','4efbbaa0574047d786a4a5dd69c00571');
INSERT INTO "params" VALUES('config.train.eps','1e-08','4efbbaa0574047d786a4a5dd69c00571');
INSERT INTO "params" VALUES('config.train.schedule','cosine','4efbbaa0574047d786a4a5dd69c00571');
INSERT INTO "params" VALUES('config.train.param_groups','[]','4efbbaa0574047d786a4a5dd69c00571');
INSERT INTO "params" VALUES('config.train.loss_tokens','answer','4efbbaa0574047d786a4a5dd69c00571');
INSERT INTO "params" VALUES('config.train.label_smoothing','0.0','4efbbaa0574047d786a4a5dd69c00571');
INSERT INTO "params" VALUES('config.train.lm_dropout','False','4efbbaa0574047d786a4a5dd69c00571');
INSERT INTO "params" VALUES('config.eval.batch_size','64','4efbbaa0574047d786a4a5dd69c00571');
INSERT INTO "params" VALUES('config.eval.max_new_tokens','5','4efbbaa0574047d786a4a5dd69c00571');
INSERT INTO "params" VALUES('config.eval.num_beams','1','4efbbaa0574047d786a4a5dd69c00571');
INSERT INTO "params" VALUES('config.eval.length_penalty','1.0','4efbbaa0574047d786a4a5dd69c00571');
INSERT INTO "params" VALUES('config.eval.max_examples','500','4efbbaa0574047d786a4a5dd69c00571');
INSERT INTO "params" VALUES('config.eval.val_max_examples','200','4efbbaa0574047d786a4a5dd69c00571');
INSERT INTO "params" VALUES('config.data.fraction','0.1','4efbbaa0574047d786a4a5dd69c00571');
INSERT INTO "params" VALUES('config.data.data_dir','None','4efbbaa0574047d786a4a5dd69c00571');
INSERT INTO "params" VALUES('config.data.val_images','0.1','4efbbaa0574047d786a4a5dd69c00571');
INSERT INTO "params" VALUES('config.data.eval_split','None','4efbbaa0574047d786a4a5dd69c00571');
INSERT INTO "params" VALUES('config.data.missing_media','error','4efbbaa0574047d786a4a5dd69c00571');
INSERT INTO "params" VALUES('config.data.variant','None','4efbbaa0574047d786a4a5dd69c00571');
INSERT INTO "params" VALUES('config.data.augment_views','0','4efbbaa0574047d786a4a5dd69c00571');
INSERT INTO "params" VALUES('config.data.augmentations','[]','4efbbaa0574047d786a4a5dd69c00571');
INSERT INTO "params" VALUES('config.data.feature_norm','auto','4efbbaa0574047d786a4a5dd69c00571');
INSERT INTO "params" VALUES('method_config.preset','tiny','4efbbaa0574047d786a4a5dd69c00571');
INSERT INTO "params" VALUES('method_config.hidden','None','4efbbaa0574047d786a4a5dd69c00571');
INSERT INTO "params" VALUES('method_config.layers','None','4efbbaa0574047d786a4a5dd69c00571');
INSERT INTO "params" VALUES('method_config.heads','None','4efbbaa0574047d786a4a5dd69c00571');
INSERT INTO "params" VALUES('method_config.ffn','None','4efbbaa0574047d786a4a5dd69c00571');
INSERT INTO "params" VALUES('method_config.cross_attention_freq','None','4efbbaa0574047d786a4a5dd69c00571');
INSERT INTO "params" VALUES('method_config.num_queries','32','4efbbaa0574047d786a4a5dd69c00571');
INSERT INTO "params" VALUES('method_config.dropout','0.1','4efbbaa0574047d786a4a5dd69c00571');
INSERT INTO "params" VALUES('method_config.patch_tokens_only','False','4efbbaa0574047d786a4a5dd69c00571');
INSERT INTO "params" VALUES('method_config.init_from','None','4efbbaa0574047d786a4a5dd69c00571');
INSERT INTO "params" VALUES('method_config.max_instruction_tokens','64','4efbbaa0574047d786a4a5dd69c00571');
INSERT INTO "params" VALUES('config.method','depalm-qp','f9059996ff6b4dbebb53d2327b690220');
INSERT INTO "params" VALUES('config.task','easy-vqa','f9059996ff6b4dbebb53d2327b690220');
INSERT INTO "params" VALUES('config.lm','smollm2-135m','f9059996ff6b4dbebb53d2327b690220');
INSERT INTO "params" VALUES('config.encoder','efficientnet-lite0','f9059996ff6b4dbebb53d2327b690220');
INSERT INTO "params" VALUES('config.seed','0','f9059996ff6b4dbebb53d2327b690220');
INSERT INTO "params" VALUES('config.output_dir','runs/reference','f9059996ff6b4dbebb53d2327b690220');
INSERT INTO "params" VALUES('config.run_name','depalm-qp_easy-vqa_smollm2-135m_efficientnet-lite0_f0.1_s0','f9059996ff6b4dbebb53d2327b690220');
INSERT INTO "params" VALUES('config.cache_dir','None','f9059996ff6b4dbebb53d2327b690220');
INSERT INTO "params" VALUES('config.tracking_uri','sqlite:////work/main/runs/reference/mlflow.db','f9059996ff6b4dbebb53d2327b690220');
INSERT INTO "params" VALUES('config.experiment','reference','f9059996ff6b4dbebb53d2327b690220');
INSERT INTO "params" VALUES('config.recipe','shared','f9059996ff6b4dbebb53d2327b690220');
INSERT INTO "params" VALUES('config.method_options','{}','f9059996ff6b4dbebb53d2327b690220');
INSERT INTO "params" VALUES('config.train.steps','100','f9059996ff6b4dbebb53d2327b690220');
INSERT INTO "params" VALUES('config.train.batch_size','16','f9059996ff6b4dbebb53d2327b690220');
INSERT INTO "params" VALUES('config.train.grad_accum','1','f9059996ff6b4dbebb53d2327b690220');
INSERT INTO "params" VALUES('config.train.lr','0.0003','f9059996ff6b4dbebb53d2327b690220');
INSERT INTO "params" VALUES('config.train.min_lr','1e-05','f9059996ff6b4dbebb53d2327b690220');
INSERT INTO "params" VALUES('config.train.weight_decay','0.02','f9059996ff6b4dbebb53d2327b690220');
INSERT INTO "params" VALUES('config.train.warmup_steps','10','f9059996ff6b4dbebb53d2327b690220');
INSERT INTO "params" VALUES('config.train.grad_clip','1.0','f9059996ff6b4dbebb53d2327b690220');
INSERT INTO "params" VALUES('config.train.precision','bf16','f9059996ff6b4dbebb53d2327b690220');
INSERT INTO "params" VALUES('config.train.eval_every','0','f9059996ff6b4dbebb53d2327b690220');
INSERT INTO "params" VALUES('config.train.log_every','10','f9059996ff6b4dbebb53d2327b690220');
INSERT INTO "params" VALUES('config.train.checkpoint_every','50','f9059996ff6b4dbebb53d2327b690220');
INSERT INTO "params" VALUES('config.train.loss_reduction','token_mean','f9059996ff6b4dbebb53d2327b690220');
INSERT INTO "params" VALUES('config.train.loss_weight','1.0','f9059996ff6b4dbebb53d2327b690220');
INSERT INTO "params" VALUES('config.train.betas','[0.9, 0.999]','f9059996ff6b4dbebb53d2327b690220');
INSERT INTO "params" VALUES('config.train.eps','1e-08','f9059996ff6b4dbebb53d2327b690220');
INSERT INTO "params" VALUES('config.train.schedule','cosine','f9059996ff6b4dbebb53d2327b690220');
INSERT INTO "params" VALUES('config.train.param_groups','[]','f9059996ff6b4dbebb53d2327b690220');
INSERT INTO "params" VALUES('config.train.loss_tokens','answer','f9059996ff6b4dbebb53d2327b690220');
INSERT INTO "params" VALUES('config.train.label_smoothing','0.0','f9059996ff6b4dbebb53d2327b690220');
INSERT INTO "params" VALUES('config.train.lm_dropout','False','f9059996ff6b4dbebb53d2327b690220');
INSERT INTO "params" VALUES('config.eval.batch_size','64','f9059996ff6b4dbebb53d2327b690220');
INSERT INTO "params" VALUES('config.eval.max_new_tokens','5','f9059996ff6b4dbebb53d2327b690220');
INSERT INTO "params" VALUES('config.eval.num_beams','1','f9059996ff6b4dbebb53d2327b690220');
INSERT INTO "params" VALUES('config.eval.length_penalty','1.0','f9059996ff6b4dbebb53d2327b690220');
INSERT INTO "params" VALUES('config.eval.max_examples','500','f9059996ff6b4dbebb53d2327b690220');
INSERT INTO "params" VALUES('config.eval.val_max_examples','200','f9059996ff6b4dbebb53d2327b690220');
INSERT INTO "params" VALUES('config.data.fraction','0.1','f9059996ff6b4dbebb53d2327b690220');
INSERT INTO "params" VALUES('config.data.data_dir','None','f9059996ff6b4dbebb53d2327b690220');
INSERT INTO "params" VALUES('config.data.val_images','0.1','f9059996ff6b4dbebb53d2327b690220');
INSERT INTO "params" VALUES('config.data.eval_split','None','f9059996ff6b4dbebb53d2327b690220');
INSERT INTO "params" VALUES('config.data.missing_media','error','f9059996ff6b4dbebb53d2327b690220');
INSERT INTO "params" VALUES('config.data.variant','None','f9059996ff6b4dbebb53d2327b690220');
INSERT INTO "params" VALUES('config.data.augment_views','0','f9059996ff6b4dbebb53d2327b690220');
INSERT INTO "params" VALUES('config.data.augmentations','[]','f9059996ff6b4dbebb53d2327b690220');
INSERT INTO "params" VALUES('config.data.feature_norm','auto','f9059996ff6b4dbebb53d2327b690220');
INSERT INTO "params" VALUES('method_config.preset','lite','f9059996ff6b4dbebb53d2327b690220');
INSERT INTO "params" VALUES('method_config.width','None','f9059996ff6b4dbebb53d2327b690220');
INSERT INTO "params" VALUES('method_config.layers','None','f9059996ff6b4dbebb53d2327b690220');
INSERT INTO "params" VALUES('method_config.heads','None','f9059996ff6b4dbebb53d2327b690220');
INSERT INTO "params" VALUES('method_config.num_queries','None','f9059996ff6b4dbebb53d2327b690220');
INSERT INTO "params" VALUES('method_config.prompt_length','None','f9059996ff6b4dbebb53d2327b690220');
INSERT INTO "params" VALUES('method_config.dropout','0.1','f9059996ff6b4dbebb53d2327b690220');
INSERT INTO "params" VALUES('method_config.patch_tokens_only','False','f9059996ff6b4dbebb53d2327b690220');
INSERT INTO "params" VALUES('config.method','depalm-pool','9bd90e3f9cce4624893e77671d7193d5');
INSERT INTO "params" VALUES('config.task','easy-vqa','9bd90e3f9cce4624893e77671d7193d5');
INSERT INTO "params" VALUES('config.lm','smollm2-135m','9bd90e3f9cce4624893e77671d7193d5');
INSERT INTO "params" VALUES('config.encoder','efficientnet-lite0','9bd90e3f9cce4624893e77671d7193d5');
INSERT INTO "params" VALUES('config.seed','0','9bd90e3f9cce4624893e77671d7193d5');
INSERT INTO "params" VALUES('config.output_dir','runs/reference','9bd90e3f9cce4624893e77671d7193d5');
INSERT INTO "params" VALUES('config.run_name','depalm-pool_easy-vqa_smollm2-135m_efficientnet-lite0_f0.1_s0','9bd90e3f9cce4624893e77671d7193d5');
INSERT INTO "params" VALUES('config.cache_dir','None','9bd90e3f9cce4624893e77671d7193d5');
INSERT INTO "params" VALUES('config.tracking_uri','sqlite:////work/main/runs/reference/mlflow.db','9bd90e3f9cce4624893e77671d7193d5');
INSERT INTO "params" VALUES('config.experiment','reference','9bd90e3f9cce4624893e77671d7193d5');
INSERT INTO "params" VALUES('config.recipe','shared','9bd90e3f9cce4624893e77671d7193d5');
INSERT INTO "params" VALUES('config.method_options','{}','9bd90e3f9cce4624893e77671d7193d5');
INSERT INTO "params" VALUES('config.train.steps','100','9bd90e3f9cce4624893e77671d7193d5');
INSERT INTO "params" VALUES('config.train.batch_size','16','9bd90e3f9cce4624893e77671d7193d5');
INSERT INTO "params" VALUES('config.train.grad_accum','1','9bd90e3f9cce4624893e77671d7193d5');
INSERT INTO "params" VALUES('config.train.lr','0.003','9bd90e3f9cce4624893e77671d7193d5');
INSERT INTO "params" VALUES('config.train.min_lr','1e-05','9bd90e3f9cce4624893e77671d7193d5');
INSERT INTO "params" VALUES('config.train.weight_decay','0.02','9bd90e3f9cce4624893e77671d7193d5');
INSERT INTO "params" VALUES('config.train.warmup_steps','10','9bd90e3f9cce4624893e77671d7193d5');
INSERT INTO "params" VALUES('config.train.grad_clip','1.0','9bd90e3f9cce4624893e77671d7193d5');
INSERT INTO "params" VALUES('config.train.precision','bf16','9bd90e3f9cce4624893e77671d7193d5');
INSERT INTO "params" VALUES('config.train.eval_every','0','9bd90e3f9cce4624893e77671d7193d5');
INSERT INTO "params" VALUES('config.train.log_every','10','9bd90e3f9cce4624893e77671d7193d5');
INSERT INTO "params" VALUES('config.train.checkpoint_every','50','9bd90e3f9cce4624893e77671d7193d5');
INSERT INTO "params" VALUES('config.train.loss_reduction','token_mean','9bd90e3f9cce4624893e77671d7193d5');
INSERT INTO "params" VALUES('config.train.loss_weight','1.0','9bd90e3f9cce4624893e77671d7193d5');
INSERT INTO "params" VALUES('config.train.betas','[0.9, 0.999]','9bd90e3f9cce4624893e77671d7193d5');
INSERT INTO "params" VALUES('config.train.eps','1e-08','9bd90e3f9cce4624893e77671d7193d5');
INSERT INTO "params" VALUES('config.train.schedule','cosine','9bd90e3f9cce4624893e77671d7193d5');
INSERT INTO "params" VALUES('config.train.param_groups','[]','9bd90e3f9cce4624893e77671d7193d5');
INSERT INTO "params" VALUES('config.train.loss_tokens','answer','9bd90e3f9cce4624893e77671d7193d5');
INSERT INTO "params" VALUES('config.train.label_smoothing','0.0','9bd90e3f9cce4624893e77671d7193d5');
INSERT INTO "params" VALUES('config.train.lm_dropout','False','9bd90e3f9cce4624893e77671d7193d5');
INSERT INTO "params" VALUES('config.eval.batch_size','64','9bd90e3f9cce4624893e77671d7193d5');
INSERT INTO "params" VALUES('config.eval.max_new_tokens','5','9bd90e3f9cce4624893e77671d7193d5');
INSERT INTO "params" VALUES('config.eval.num_beams','1','9bd90e3f9cce4624893e77671d7193d5');
INSERT INTO "params" VALUES('config.eval.length_penalty','1.0','9bd90e3f9cce4624893e77671d7193d5');
INSERT INTO "params" VALUES('config.eval.max_examples','500','9bd90e3f9cce4624893e77671d7193d5');
INSERT INTO "params" VALUES('config.eval.val_max_examples','200','9bd90e3f9cce4624893e77671d7193d5');
INSERT INTO "params" VALUES('config.data.fraction','0.1','9bd90e3f9cce4624893e77671d7193d5');
INSERT INTO "params" VALUES('config.data.data_dir','None','9bd90e3f9cce4624893e77671d7193d5');
INSERT INTO "params" VALUES('config.data.val_images','0.1','9bd90e3f9cce4624893e77671d7193d5');
INSERT INTO "params" VALUES('config.data.eval_split','None','9bd90e3f9cce4624893e77671d7193d5');
INSERT INTO "params" VALUES('config.data.missing_media','error','9bd90e3f9cce4624893e77671d7193d5');
INSERT INTO "params" VALUES('config.data.variant','None','9bd90e3f9cce4624893e77671d7193d5');
INSERT INTO "params" VALUES('config.data.augment_views','0','9bd90e3f9cce4624893e77671d7193d5');
INSERT INTO "params" VALUES('config.data.augmentations','[]','9bd90e3f9cce4624893e77671d7193d5');
INSERT INTO "params" VALUES('config.data.feature_norm','auto','9bd90e3f9cce4624893e77671d7193d5');
INSERT INTO "params" VALUES('method_config.pooling','official','9bd90e3f9cce4624893e77671d7193d5');
INSERT INTO "params" VALUES('method_config.cls_token','auto','9bd90e3f9cce4624893e77671d7193d5');
INSERT INTO "params" VALUES('method_config.prompt_length','1','9bd90e3f9cce4624893e77671d7193d5');
INSERT INTO "params" VALUES('config.method','resampler','df8d9f2e2e4d4b9b8d9fbabb46dcc079');
INSERT INTO "params" VALUES('config.task','easy-vqa','df8d9f2e2e4d4b9b8d9fbabb46dcc079');
INSERT INTO "params" VALUES('config.lm','smollm2-135m','df8d9f2e2e4d4b9b8d9fbabb46dcc079');
INSERT INTO "params" VALUES('config.encoder','efficientnet-lite0','df8d9f2e2e4d4b9b8d9fbabb46dcc079');
INSERT INTO "params" VALUES('config.seed','0','df8d9f2e2e4d4b9b8d9fbabb46dcc079');
INSERT INTO "params" VALUES('config.output_dir','runs/reference','df8d9f2e2e4d4b9b8d9fbabb46dcc079');
INSERT INTO "params" VALUES('config.run_name','resampler_easy-vqa_smollm2-135m_efficientnet-lite0_f0.1_s0','df8d9f2e2e4d4b9b8d9fbabb46dcc079');
INSERT INTO "params" VALUES('config.cache_dir','None','df8d9f2e2e4d4b9b8d9fbabb46dcc079');
INSERT INTO "params" VALUES('config.tracking_uri','sqlite:////work/main/runs/reference/mlflow.db','df8d9f2e2e4d4b9b8d9fbabb46dcc079');
INSERT INTO "params" VALUES('config.experiment','reference','df8d9f2e2e4d4b9b8d9fbabb46dcc079');
INSERT INTO "params" VALUES('config.recipe','shared','df8d9f2e2e4d4b9b8d9fbabb46dcc079');
INSERT INTO "params" VALUES('config.method_options','{}','df8d9f2e2e4d4b9b8d9fbabb46dcc079');
INSERT INTO "params" VALUES('config.train.steps','100','df8d9f2e2e4d4b9b8d9fbabb46dcc079');
INSERT INTO "params" VALUES('config.train.batch_size','16','df8d9f2e2e4d4b9b8d9fbabb46dcc079');
INSERT INTO "params" VALUES('config.train.grad_accum','1','df8d9f2e2e4d4b9b8d9fbabb46dcc079');
INSERT INTO "params" VALUES('config.train.lr','0.0003','df8d9f2e2e4d4b9b8d9fbabb46dcc079');
INSERT INTO "params" VALUES('config.train.min_lr','1e-05','df8d9f2e2e4d4b9b8d9fbabb46dcc079');
INSERT INTO "params" VALUES('config.train.weight_decay','0.02','df8d9f2e2e4d4b9b8d9fbabb46dcc079');
INSERT INTO "params" VALUES('config.train.warmup_steps','10','df8d9f2e2e4d4b9b8d9fbabb46dcc079');
INSERT INTO "params" VALUES('config.train.grad_clip','1.0','df8d9f2e2e4d4b9b8d9fbabb46dcc079');
INSERT INTO "params" VALUES('config.train.precision','bf16','df8d9f2e2e4d4b9b8d9fbabb46dcc079');
INSERT INTO "params" VALUES('config.train.eval_every','0','df8d9f2e2e4d4b9b8d9fbabb46dcc079');
INSERT INTO "params" VALUES('config.train.log_every','10','df8d9f2e2e4d4b9b8d9fbabb46dcc079');
INSERT INTO "params" VALUES('config.train.checkpoint_every','50','df8d9f2e2e4d4b9b8d9fbabb46dcc079');
INSERT INTO "params" VALUES('config.train.loss_reduction','token_mean','df8d9f2e2e4d4b9b8d9fbabb46dcc079');
INSERT INTO "params" VALUES('config.train.loss_weight','1.0','df8d9f2e2e4d4b9b8d9fbabb46dcc079');
INSERT INTO "params" VALUES('config.train.betas','[0.9, 0.999]','df8d9f2e2e4d4b9b8d9fbabb46dcc079');
INSERT INTO "params" VALUES('config.train.eps','1e-08','df8d9f2e2e4d4b9b8d9fbabb46dcc079');
INSERT INTO "params" VALUES('config.train.schedule','cosine','df8d9f2e2e4d4b9b8d9fbabb46dcc079');
INSERT INTO "params" VALUES('config.train.param_groups','[]','df8d9f2e2e4d4b9b8d9fbabb46dcc079');
INSERT INTO "params" VALUES('config.train.loss_tokens','answer','df8d9f2e2e4d4b9b8d9fbabb46dcc079');
INSERT INTO "params" VALUES('config.train.label_smoothing','0.0','df8d9f2e2e4d4b9b8d9fbabb46dcc079');
INSERT INTO "params" VALUES('config.train.lm_dropout','False','df8d9f2e2e4d4b9b8d9fbabb46dcc079');
INSERT INTO "params" VALUES('config.eval.batch_size','64','df8d9f2e2e4d4b9b8d9fbabb46dcc079');
INSERT INTO "params" VALUES('config.eval.max_new_tokens','5','df8d9f2e2e4d4b9b8d9fbabb46dcc079');
INSERT INTO "params" VALUES('config.eval.num_beams','1','df8d9f2e2e4d4b9b8d9fbabb46dcc079');
INSERT INTO "params" VALUES('config.eval.length_penalty','1.0','df8d9f2e2e4d4b9b8d9fbabb46dcc079');
INSERT INTO "params" VALUES('config.eval.max_examples','500','df8d9f2e2e4d4b9b8d9fbabb46dcc079');
INSERT INTO "params" VALUES('config.eval.val_max_examples','200','df8d9f2e2e4d4b9b8d9fbabb46dcc079');
INSERT INTO "params" VALUES('config.data.fraction','0.1','df8d9f2e2e4d4b9b8d9fbabb46dcc079');
INSERT INTO "params" VALUES('config.data.data_dir','None','df8d9f2e2e4d4b9b8d9fbabb46dcc079');
INSERT INTO "params" VALUES('config.data.val_images','0.1','df8d9f2e2e4d4b9b8d9fbabb46dcc079');
INSERT INTO "params" VALUES('config.data.eval_split','None','df8d9f2e2e4d4b9b8d9fbabb46dcc079');
INSERT INTO "params" VALUES('config.data.missing_media','error','df8d9f2e2e4d4b9b8d9fbabb46dcc079');
INSERT INTO "params" VALUES('config.data.variant','None','df8d9f2e2e4d4b9b8d9fbabb46dcc079');
INSERT INTO "params" VALUES('config.data.augment_views','0','df8d9f2e2e4d4b9b8d9fbabb46dcc079');
INSERT INTO "params" VALUES('config.data.augmentations','[]','df8d9f2e2e4d4b9b8d9fbabb46dcc079');
INSERT INTO "params" VALUES('config.data.feature_norm','auto','df8d9f2e2e4d4b9b8d9fbabb46dcc079');
INSERT INTO "params" VALUES('method_config.preset','lite','df8d9f2e2e4d4b9b8d9fbabb46dcc079');
INSERT INTO "params" VALUES('method_config.perceiver_dim','None','df8d9f2e2e4d4b9b8d9fbabb46dcc079');
INSERT INTO "params" VALUES('method_config.perceiver_depth','None','df8d9f2e2e4d4b9b8d9fbabb46dcc079');
INSERT INTO "params" VALUES('method_config.num_latents','None','df8d9f2e2e4d4b9b8d9fbabb46dcc079');
INSERT INTO "params" VALUES('method_config.heads','None','df8d9f2e2e4d4b9b8d9fbabb46dcc079');
INSERT INTO "params" VALUES('method_config.dim_head','None','df8d9f2e2e4d4b9b8d9fbabb46dcc079');
INSERT INTO "params" VALUES('method_config.ff_mult','None','df8d9f2e2e4d4b9b8d9fbabb46dcc079');
INSERT INTO "params" VALUES('method_config.output_projection','None','df8d9f2e2e4d4b9b8d9fbabb46dcc079');
INSERT INTO "params" VALUES('method_config.patch_tokens_only','True','df8d9f2e2e4d4b9b8d9fbabb46dcc079');
INSERT INTO "params" VALUES('config.method','c-abstractor','faefbc7d618f47f9a2173f5526ccda75');
INSERT INTO "params" VALUES('config.task','easy-vqa','faefbc7d618f47f9a2173f5526ccda75');
INSERT INTO "params" VALUES('config.lm','smollm2-135m','faefbc7d618f47f9a2173f5526ccda75');
INSERT INTO "params" VALUES('config.encoder','efficientnet-lite0','faefbc7d618f47f9a2173f5526ccda75');
INSERT INTO "params" VALUES('config.seed','0','faefbc7d618f47f9a2173f5526ccda75');
INSERT INTO "params" VALUES('config.output_dir','runs/reference','faefbc7d618f47f9a2173f5526ccda75');
INSERT INTO "params" VALUES('config.run_name','c-abstractor_easy-vqa_smollm2-135m_efficientnet-lite0_f0.1_s0','faefbc7d618f47f9a2173f5526ccda75');
INSERT INTO "params" VALUES('config.cache_dir','None','faefbc7d618f47f9a2173f5526ccda75');
INSERT INTO "params" VALUES('config.tracking_uri','sqlite:////work/main/runs/reference/mlflow.db','faefbc7d618f47f9a2173f5526ccda75');
INSERT INTO "params" VALUES('config.experiment','reference','faefbc7d618f47f9a2173f5526ccda75');
INSERT INTO "params" VALUES('config.recipe','shared','faefbc7d618f47f9a2173f5526ccda75');
INSERT INTO "params" VALUES('config.method_options','{}','faefbc7d618f47f9a2173f5526ccda75');
INSERT INTO "params" VALUES('config.train.steps','100','faefbc7d618f47f9a2173f5526ccda75');
INSERT INTO "params" VALUES('config.train.batch_size','16','faefbc7d618f47f9a2173f5526ccda75');
INSERT INTO "params" VALUES('config.train.grad_accum','1','faefbc7d618f47f9a2173f5526ccda75');
INSERT INTO "params" VALUES('config.train.lr','0.0003','faefbc7d618f47f9a2173f5526ccda75');
INSERT INTO "params" VALUES('config.train.min_lr','1e-05','faefbc7d618f47f9a2173f5526ccda75');
INSERT INTO "params" VALUES('config.train.weight_decay','0.02','faefbc7d618f47f9a2173f5526ccda75');
INSERT INTO "params" VALUES('config.train.warmup_steps','10','faefbc7d618f47f9a2173f5526ccda75');
INSERT INTO "params" VALUES('config.train.grad_clip','1.0','faefbc7d618f47f9a2173f5526ccda75');
INSERT INTO "params" VALUES('config.train.precision','bf16','faefbc7d618f47f9a2173f5526ccda75');
INSERT INTO "params" VALUES('config.train.eval_every','0','faefbc7d618f47f9a2173f5526ccda75');
INSERT INTO "params" VALUES('config.train.log_every','10','faefbc7d618f47f9a2173f5526ccda75');
INSERT INTO "params" VALUES('config.train.checkpoint_every','50','faefbc7d618f47f9a2173f5526ccda75');
INSERT INTO "params" VALUES('config.train.loss_reduction','token_mean','faefbc7d618f47f9a2173f5526ccda75');
INSERT INTO "params" VALUES('config.train.loss_weight','1.0','faefbc7d618f47f9a2173f5526ccda75');
INSERT INTO "params" VALUES('config.train.betas','[0.9, 0.999]','faefbc7d618f47f9a2173f5526ccda75');
INSERT INTO "params" VALUES('config.train.eps','1e-08','faefbc7d618f47f9a2173f5526ccda75');
INSERT INTO "params" VALUES('config.train.schedule','cosine','faefbc7d618f47f9a2173f5526ccda75');
INSERT INTO "params" VALUES('config.train.param_groups','[]','faefbc7d618f47f9a2173f5526ccda75');
INSERT INTO "params" VALUES('config.train.loss_tokens','answer','faefbc7d618f47f9a2173f5526ccda75');
INSERT INTO "params" VALUES('config.train.label_smoothing','0.0','faefbc7d618f47f9a2173f5526ccda75');
INSERT INTO "params" VALUES('config.train.lm_dropout','False','faefbc7d618f47f9a2173f5526ccda75');
INSERT INTO "params" VALUES('config.eval.batch_size','64','faefbc7d618f47f9a2173f5526ccda75');
INSERT INTO "params" VALUES('config.eval.max_new_tokens','5','faefbc7d618f47f9a2173f5526ccda75');
INSERT INTO "params" VALUES('config.eval.num_beams','1','faefbc7d618f47f9a2173f5526ccda75');
INSERT INTO "params" VALUES('config.eval.length_penalty','1.0','faefbc7d618f47f9a2173f5526ccda75');
INSERT INTO "params" VALUES('config.eval.max_examples','500','faefbc7d618f47f9a2173f5526ccda75');
INSERT INTO "params" VALUES('config.eval.val_max_examples','200','faefbc7d618f47f9a2173f5526ccda75');
INSERT INTO "params" VALUES('config.data.fraction','0.1','faefbc7d618f47f9a2173f5526ccda75');
INSERT INTO "params" VALUES('config.data.data_dir','None','faefbc7d618f47f9a2173f5526ccda75');
INSERT INTO "params" VALUES('config.data.val_images','0.1','faefbc7d618f47f9a2173f5526ccda75');
INSERT INTO "params" VALUES('config.data.eval_split','None','faefbc7d618f47f9a2173f5526ccda75');
INSERT INTO "params" VALUES('config.data.missing_media','error','faefbc7d618f47f9a2173f5526ccda75');
INSERT INTO "params" VALUES('config.data.variant','None','faefbc7d618f47f9a2173f5526ccda75');
INSERT INTO "params" VALUES('config.data.augment_views','0','faefbc7d618f47f9a2173f5526ccda75');
INSERT INTO "params" VALUES('config.data.augmentations','[]','faefbc7d618f47f9a2173f5526ccda75');
INSERT INTO "params" VALUES('config.data.feature_norm','auto','faefbc7d618f47f9a2173f5526ccda75');
INSERT INTO "params" VALUES('method_config.preset','lite','faefbc7d618f47f9a2173f5526ccda75');
INSERT INTO "params" VALUES('method_config.hidden_size','None','faefbc7d618f47f9a2173f5526ccda75');
INSERT INTO "params" VALUES('method_config.depth','None','faefbc7d618f47f9a2173f5526ccda75');
INSERT INTO "params" VALUES('method_config.mlp_depth','None','faefbc7d618f47f9a2173f5526ccda75');
INSERT INTO "params" VALUES('method_config.num_queries','16','faefbc7d618f47f9a2173f5526ccda75');
INSERT INTO "params" VALUES('method_config.pos_emb','True','faefbc7d618f47f9a2173f5526ccda75');
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
INSERT INTO "runs" VALUES('c7c2d52bf56744e298ed4365c3ecc4bd','reference','UNKNOWN','','','unknown','RUNNING',1796221263886,NULL,'','active','file:///work/main/runs/reference/mlartifacts/c7c2d52bf56744e298ed4365c3ecc4bd/artifacts',1,NULL);
INSERT INTO "runs" VALUES('91a59e87c43244f4ba1c5658c4136185','blind_easy-vqa_smollm2-135m_efficientnet-lite0_f0.1_s0','UNKNOWN','','','unknown','FINISHED',1796221265796,1796221400044,'','active','file:///work/main/runs/reference/mlartifacts/91a59e87c43244f4ba1c5658c4136185/artifacts',1,NULL);
INSERT INTO "runs" VALUES('f4c3c31a06ef4340b452ca225eea0f26','text-oracle_easy-vqa_smollm2-135m_efficientnet-lite0_f0.1_s0','UNKNOWN','','','unknown','FINISHED',1796221283476,1796221438556,'','active','file:///work/main/runs/reference/mlartifacts/f4c3c31a06ef4340b452ca225eea0f26/artifacts',1,NULL);
INSERT INTO "runs" VALUES('3f3d9be47c2244c0b2dbbfb00659b27e','epalm_easy-vqa_smollm2-135m_efficientnet-lite0_f0.1_s0','UNKNOWN','','','unknown','FINISHED',1796221436521,1796221580319,'','active','file:///work/main/runs/reference/mlartifacts/3f3d9be47c2244c0b2dbbfb00659b27e/artifacts',1,NULL);
INSERT INTO "runs" VALUES('62d44e8065e445849f8aaaa5fe7bb96a','epalm-pt-l_easy-vqa_smollm2-135m_efficientnet-lite0_f0.1_s0','UNKNOWN','','','unknown','FINISHED',1796221477854,1796221625441,'','active','file:///work/main/runs/reference/mlartifacts/62d44e8065e445849f8aaaa5fe7bb96a/artifacts',1,NULL);
INSERT INTO "runs" VALUES('5b7a82afd8174503a4b818e6606c6dd4','mapl_easy-vqa_smollm2-135m_efficientnet-lite0_f0.1_s0','UNKNOWN','','','unknown','FINISHED',1796221653996,1796221959760,'','active','file:///work/main/runs/reference/mlartifacts/5b7a82afd8174503a4b818e6606c6dd4/artifacts',1,NULL);
INSERT INTO "runs" VALUES('14f98a930e694295935b6debdc9859ba','limber_easy-vqa_smollm2-135m_efficientnet-lite0_f0.1_s0','UNKNOWN','','','unknown','FINISHED',1796221685000,1796222063672,'','active','file:///work/main/runs/reference/mlartifacts/14f98a930e694295935b6debdc9859ba/artifacts',1,NULL);
INSERT INTO "runs" VALUES('cc7ab919718b4bd4bc569e68b50296b2','fromage_easy-vqa_smollm2-135m_efficientnet-lite0_f0.1_s0','UNKNOWN','','','unknown','FINISHED',1796222059233,1796222284834,'','active','file:///work/main/runs/reference/mlartifacts/cc7ab919718b4bd4bc569e68b50296b2/artifacts',1,NULL);
INSERT INTO "runs" VALUES('bf091a19040e4218aa43fb43a52cf0da','promptfuse_easy-vqa_smollm2-135m_efficientnet-lite0_f0.1_s0','UNKNOWN','','','unknown','FINISHED',1796222189504,1796222681658,'','active','file:///work/main/runs/reference/mlartifacts/bf091a19040e4218aa43fb43a52cf0da/artifacts',1,NULL);
INSERT INTO "runs" VALUES('01660c6fc6fd40ea882b0925d596f886','promptfuse-blind_easy-vqa_smollm2-135m_efficientnet-lite0_f0.1_s0','UNKNOWN','','','unknown','FINISHED',1796222328158,1796222864620,'','active','file:///work/main/runs/reference/mlartifacts/01660c6fc6fd40ea882b0925d596f886/artifacts',1,NULL);
INSERT INTO "runs" VALUES('2ea5826571ed4fbab2b379ef3163c080','magma_easy-vqa_smollm2-135m_efficientnet-lite0_f0.1_s0','UNKNOWN','','','unknown','FINISHED',1796222898923,1796223412004,'','active','file:///work/main/runs/reference/mlartifacts/2ea5826571ed4fbab2b379ef3163c080/artifacts',1,NULL);
INSERT INTO "runs" VALUES('deee6bc48cf64816a4763304ac12d040','lora_easy-vqa_smollm2-135m_efficientnet-lite0_f0.1_s0','UNKNOWN','','','unknown','FINISHED',1796223103401,1796223615884,'','active','file:///work/main/runs/reference/mlartifacts/deee6bc48cf64816a4763304ac12d040/artifacts',1,NULL);
INSERT INTO "runs" VALUES('252df570dbc942f79f086793a35b3fe3','llava-mlp_easy-vqa_smollm2-135m_efficientnet-lite0_f0.1_s0','UNKNOWN','','','unknown','FINISHED',1796223598860,1796224065880,'','active','file:///work/main/runs/reference/mlartifacts/252df570dbc942f79f086793a35b3fe3/artifacts',1,NULL);
INSERT INTO "runs" VALUES('60e45c4d1e0d4f67af6c4c1861bbfd69','qformer_easy-vqa_smollm2-135m_efficientnet-lite0_f0.1_s0','UNKNOWN','','','unknown','FINISHED',1796223625897,1796224036616,'','active','file:///work/main/runs/reference/mlartifacts/60e45c4d1e0d4f67af6c4c1861bbfd69/artifacts',1,NULL);
INSERT INTO "runs" VALUES('4efbbaa0574047d786a4a5dd69c00571','qformer-instruct_easy-vqa_smollm2-135m_efficientnet-lite0_f0.1_s0','UNKNOWN','','','unknown','FINISHED',1796224171522,1796224562029,'','active','file:///work/main/runs/reference/mlartifacts/4efbbaa0574047d786a4a5dd69c00571/artifacts',1,NULL);
INSERT INTO "runs" VALUES('f9059996ff6b4dbebb53d2327b690220','depalm-qp_easy-vqa_smollm2-135m_efficientnet-lite0_f0.1_s0','UNKNOWN','','','unknown','FINISHED',1796224250764,1796224662992,'','active','file:///work/main/runs/reference/mlartifacts/f9059996ff6b4dbebb53d2327b690220/artifacts',1,NULL);
INSERT INTO "runs" VALUES('9bd90e3f9cce4624893e77671d7193d5','depalm-pool_easy-vqa_smollm2-135m_efficientnet-lite0_f0.1_s0','UNKNOWN','','','unknown','FINISHED',1796224653988,1796224886826,'','active','file:///work/main/runs/reference/mlartifacts/9bd90e3f9cce4624893e77671d7193d5/artifacts',1,NULL);
INSERT INTO "runs" VALUES('df8d9f2e2e4d4b9b8d9fbabb46dcc079','resampler_easy-vqa_smollm2-135m_efficientnet-lite0_f0.1_s0','UNKNOWN','','','unknown','RUNNING',1796224805072,1796224899823,'','active','file:///work/main/runs/reference/mlartifacts/df8d9f2e2e4d4b9b8d9fbabb46dcc079/artifacts',1,NULL);
INSERT INTO "runs" VALUES('faefbc7d618f47f9a2173f5526ccda75','c-abstractor_easy-vqa_smollm2-135m_efficientnet-lite0_f0.1_s0','UNKNOWN','','','unknown','RUNNING',1796225058403,NULL,'','active','file:///work/main/runs/reference/mlartifacts/faefbc7d618f47f9a2173f5526ccda75/artifacts',1,NULL);
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
INSERT INTO "tags" VALUES('mlflow.runName','reference','c7c2d52bf56744e298ed4365c3ecc4bd');
INSERT INTO "tags" VALUES('git.commit','726f429da233720eb4c032e23d32a2740820d791','c7c2d52bf56744e298ed4365c3ecc4bd');
INSERT INTO "tags" VALUES('git.dirty','True','c7c2d52bf56744e298ed4365c3ecc4bd');
INSERT INTO "tags" VALUES('hostname','vm','c7c2d52bf56744e298ed4365c3ecc4bd');
INSERT INTO "tags" VALUES('mlflow.source.git.commit','726f429da233720eb4c032e23d32a2740820d791','c7c2d52bf56744e298ed4365c3ecc4bd');
INSERT INTO "tags" VALUES('version.torch','2.14.1','c7c2d52bf56744e298ed4365c3ecc4bd');
INSERT INTO "tags" VALUES('version.transformers','5.24.0','c7c2d52bf56744e298ed4365c3ecc4bd');
INSERT INTO "tags" VALUES('version.timm','1.0.31','c7c2d52bf56744e298ed4365c3ecc4bd');
INSERT INTO "tags" VALUES('version.accelerate','1.15.0','c7c2d52bf56744e298ed4365c3ecc4bd');
INSERT INTO "tags" VALUES('version.mlflow','3.17.2','c7c2d52bf56744e298ed4365c3ecc4bd');
INSERT INTO "tags" VALUES('version.safetensors','0.8.0','c7c2d52bf56744e298ed4365c3ecc4bd');
INSERT INTO "tags" VALUES('version.numpy','2.4.6','c7c2d52bf56744e298ed4365c3ecc4bd');
INSERT INTO "tags" VALUES('version.python','3.11.7','c7c2d52bf56744e298ed4365c3ecc4bd');
INSERT INTO "tags" VALUES('hardware.gpus','none','c7c2d52bf56744e298ed4365c3ecc4bd');
INSERT INTO "tags" VALUES('hardware.torch_threads','1','c7c2d52bf56744e298ed4365c3ecc4bd');
INSERT INTO "tags" VALUES('sweep','reference','c7c2d52bf56744e298ed4365c3ecc4bd');
INSERT INTO "tags" VALUES('sweep.role','parent','c7c2d52bf56744e298ed4365c3ecc4bd');
INSERT INTO "tags" VALUES('sweep.storage','sqlite:////work/main/runs/reference/sweep.db','c7c2d52bf56744e298ed4365c3ecc4bd');
INSERT INTO "tags" VALUES('mlflow.runName','blind_easy-vqa_smollm2-135m_efficientnet-lite0_f0.1_s0','91a59e87c43244f4ba1c5658c4136185');
INSERT INTO "tags" VALUES('git.commit','726f429da233720eb4c032e23d32a2740820d791','91a59e87c43244f4ba1c5658c4136185');
INSERT INTO "tags" VALUES('git.dirty','True','91a59e87c43244f4ba1c5658c4136185');
INSERT INTO "tags" VALUES('hostname','vm','91a59e87c43244f4ba1c5658c4136185');
INSERT INTO "tags" VALUES('mlflow.source.git.commit','726f429da233720eb4c032e23d32a2740820d791','91a59e87c43244f4ba1c5658c4136185');
INSERT INTO "tags" VALUES('version.torch','2.14.1','91a59e87c43244f4ba1c5658c4136185');
INSERT INTO "tags" VALUES('version.transformers','5.24.0','91a59e87c43244f4ba1c5658c4136185');
INSERT INTO "tags" VALUES('version.timm','1.0.31','91a59e87c43244f4ba1c5658c4136185');
INSERT INTO "tags" VALUES('version.accelerate','1.15.0','91a59e87c43244f4ba1c5658c4136185');
INSERT INTO "tags" VALUES('version.mlflow','3.17.2','91a59e87c43244f4ba1c5658c4136185');
INSERT INTO "tags" VALUES('version.safetensors','0.8.0','91a59e87c43244f4ba1c5658c4136185');
INSERT INTO "tags" VALUES('version.numpy','2.4.6','91a59e87c43244f4ba1c5658c4136185');
INSERT INTO "tags" VALUES('version.python','3.11.7','91a59e87c43244f4ba1c5658c4136185');
INSERT INTO "tags" VALUES('hardware.gpus','none','91a59e87c43244f4ba1c5658c4136185');
INSERT INTO "tags" VALUES('hardware.torch_threads','1','91a59e87c43244f4ba1c5658c4136185');
INSERT INTO "tags" VALUES('method','blind','91a59e87c43244f4ba1c5658c4136185');
INSERT INTO "tags" VALUES('task','easy-vqa','91a59e87c43244f4ba1c5658c4136185');
INSERT INTO "tags" VALUES('lm','smollm2-135m','91a59e87c43244f4ba1c5658c4136185');
INSERT INTO "tags" VALUES('encoder','efficientnet-lite0','91a59e87c43244f4ba1c5658c4136185');
INSERT INTO "tags" VALUES('metric','vqa_accuracy','91a59e87c43244f4ba1c5658c4136185');
INSERT INTO "tags" VALUES('data_fraction','0.1','91a59e87c43244f4ba1c5658c4136185');
INSERT INTO "tags" VALUES('seed','0','91a59e87c43244f4ba1c5658c4136185');
INSERT INTO "tags" VALUES('sweep','reference','91a59e87c43244f4ba1c5658c4136185');
INSERT INTO "tags" VALUES('sweep.cell','blind_easy-vqa_smollm2-135m_efficientnet-lite0_f0.1_s0','91a59e87c43244f4ba1c5658c4136185');
INSERT INTO "tags" VALUES('mlflow.parentRunId','c7c2d52bf56744e298ed4365c3ecc4bd','91a59e87c43244f4ba1c5658c4136185');
INSERT INTO "tags" VALUES('mlflow.runName','text-oracle_easy-vqa_smollm2-135m_efficientnet-lite0_f0.1_s0','f4c3c31a06ef4340b452ca225eea0f26');
INSERT INTO "tags" VALUES('git.commit','726f429da233720eb4c032e23d32a2740820d791','f4c3c31a06ef4340b452ca225eea0f26');
INSERT INTO "tags" VALUES('git.dirty','True','f4c3c31a06ef4340b452ca225eea0f26');
INSERT INTO "tags" VALUES('hostname','vm','f4c3c31a06ef4340b452ca225eea0f26');
INSERT INTO "tags" VALUES('mlflow.source.git.commit','726f429da233720eb4c032e23d32a2740820d791','f4c3c31a06ef4340b452ca225eea0f26');
INSERT INTO "tags" VALUES('version.torch','2.14.1','f4c3c31a06ef4340b452ca225eea0f26');
INSERT INTO "tags" VALUES('version.transformers','5.24.0','f4c3c31a06ef4340b452ca225eea0f26');
INSERT INTO "tags" VALUES('version.timm','1.0.31','f4c3c31a06ef4340b452ca225eea0f26');
INSERT INTO "tags" VALUES('version.accelerate','1.15.0','f4c3c31a06ef4340b452ca225eea0f26');
INSERT INTO "tags" VALUES('version.mlflow','3.17.2','f4c3c31a06ef4340b452ca225eea0f26');
INSERT INTO "tags" VALUES('version.safetensors','0.8.0','f4c3c31a06ef4340b452ca225eea0f26');
INSERT INTO "tags" VALUES('version.numpy','2.4.6','f4c3c31a06ef4340b452ca225eea0f26');
INSERT INTO "tags" VALUES('version.python','3.11.7','f4c3c31a06ef4340b452ca225eea0f26');
INSERT INTO "tags" VALUES('hardware.gpus','none','f4c3c31a06ef4340b452ca225eea0f26');
INSERT INTO "tags" VALUES('hardware.torch_threads','1','f4c3c31a06ef4340b452ca225eea0f26');
INSERT INTO "tags" VALUES('method','text-oracle','f4c3c31a06ef4340b452ca225eea0f26');
INSERT INTO "tags" VALUES('task','easy-vqa','f4c3c31a06ef4340b452ca225eea0f26');
INSERT INTO "tags" VALUES('lm','smollm2-135m','f4c3c31a06ef4340b452ca225eea0f26');
INSERT INTO "tags" VALUES('encoder','efficientnet-lite0','f4c3c31a06ef4340b452ca225eea0f26');
INSERT INTO "tags" VALUES('metric','vqa_accuracy','f4c3c31a06ef4340b452ca225eea0f26');
INSERT INTO "tags" VALUES('data_fraction','0.1','f4c3c31a06ef4340b452ca225eea0f26');
INSERT INTO "tags" VALUES('seed','0','f4c3c31a06ef4340b452ca225eea0f26');
INSERT INTO "tags" VALUES('sweep','reference','f4c3c31a06ef4340b452ca225eea0f26');
INSERT INTO "tags" VALUES('sweep.cell','text-oracle_easy-vqa_smollm2-135m_efficientnet-lite0_f0.1_s0','f4c3c31a06ef4340b452ca225eea0f26');
INSERT INTO "tags" VALUES('mlflow.parentRunId','c7c2d52bf56744e298ed4365c3ecc4bd','f4c3c31a06ef4340b452ca225eea0f26');
INSERT INTO "tags" VALUES('mlflow.runName','epalm_easy-vqa_smollm2-135m_efficientnet-lite0_f0.1_s0','3f3d9be47c2244c0b2dbbfb00659b27e');
INSERT INTO "tags" VALUES('git.commit','726f429da233720eb4c032e23d32a2740820d791','3f3d9be47c2244c0b2dbbfb00659b27e');
INSERT INTO "tags" VALUES('git.dirty','True','3f3d9be47c2244c0b2dbbfb00659b27e');
INSERT INTO "tags" VALUES('hostname','vm','3f3d9be47c2244c0b2dbbfb00659b27e');
INSERT INTO "tags" VALUES('mlflow.source.git.commit','726f429da233720eb4c032e23d32a2740820d791','3f3d9be47c2244c0b2dbbfb00659b27e');
INSERT INTO "tags" VALUES('version.torch','2.14.1','3f3d9be47c2244c0b2dbbfb00659b27e');
INSERT INTO "tags" VALUES('version.transformers','5.24.0','3f3d9be47c2244c0b2dbbfb00659b27e');
INSERT INTO "tags" VALUES('version.timm','1.0.31','3f3d9be47c2244c0b2dbbfb00659b27e');
INSERT INTO "tags" VALUES('version.accelerate','1.15.0','3f3d9be47c2244c0b2dbbfb00659b27e');
INSERT INTO "tags" VALUES('version.mlflow','3.17.2','3f3d9be47c2244c0b2dbbfb00659b27e');
INSERT INTO "tags" VALUES('version.safetensors','0.8.0','3f3d9be47c2244c0b2dbbfb00659b27e');
INSERT INTO "tags" VALUES('version.numpy','2.4.6','3f3d9be47c2244c0b2dbbfb00659b27e');
INSERT INTO "tags" VALUES('version.python','3.11.7','3f3d9be47c2244c0b2dbbfb00659b27e');
INSERT INTO "tags" VALUES('hardware.gpus','none','3f3d9be47c2244c0b2dbbfb00659b27e');
INSERT INTO "tags" VALUES('hardware.torch_threads','1','3f3d9be47c2244c0b2dbbfb00659b27e');
INSERT INTO "tags" VALUES('method','epalm','3f3d9be47c2244c0b2dbbfb00659b27e');
INSERT INTO "tags" VALUES('task','easy-vqa','3f3d9be47c2244c0b2dbbfb00659b27e');
INSERT INTO "tags" VALUES('lm','smollm2-135m','3f3d9be47c2244c0b2dbbfb00659b27e');
INSERT INTO "tags" VALUES('encoder','efficientnet-lite0','3f3d9be47c2244c0b2dbbfb00659b27e');
INSERT INTO "tags" VALUES('metric','vqa_accuracy','3f3d9be47c2244c0b2dbbfb00659b27e');
INSERT INTO "tags" VALUES('data_fraction','0.1','3f3d9be47c2244c0b2dbbfb00659b27e');
INSERT INTO "tags" VALUES('seed','0','3f3d9be47c2244c0b2dbbfb00659b27e');
INSERT INTO "tags" VALUES('sweep','reference','3f3d9be47c2244c0b2dbbfb00659b27e');
INSERT INTO "tags" VALUES('sweep.cell','epalm_easy-vqa_smollm2-135m_efficientnet-lite0_f0.1_s0','3f3d9be47c2244c0b2dbbfb00659b27e');
INSERT INTO "tags" VALUES('encoder_regime','frozen','3f3d9be47c2244c0b2dbbfb00659b27e');
INSERT INTO "tags" VALUES('mlflow.parentRunId','c7c2d52bf56744e298ed4365c3ecc4bd','3f3d9be47c2244c0b2dbbfb00659b27e');
INSERT INTO "tags" VALUES('mlflow.runName','epalm-pt-l_easy-vqa_smollm2-135m_efficientnet-lite0_f0.1_s0','62d44e8065e445849f8aaaa5fe7bb96a');
INSERT INTO "tags" VALUES('git.commit','726f429da233720eb4c032e23d32a2740820d791','62d44e8065e445849f8aaaa5fe7bb96a');
INSERT INTO "tags" VALUES('git.dirty','True','62d44e8065e445849f8aaaa5fe7bb96a');
INSERT INTO "tags" VALUES('hostname','vm','62d44e8065e445849f8aaaa5fe7bb96a');
INSERT INTO "tags" VALUES('mlflow.source.git.commit','726f429da233720eb4c032e23d32a2740820d791','62d44e8065e445849f8aaaa5fe7bb96a');
INSERT INTO "tags" VALUES('version.torch','2.14.1','62d44e8065e445849f8aaaa5fe7bb96a');
INSERT INTO "tags" VALUES('version.transformers','5.24.0','62d44e8065e445849f8aaaa5fe7bb96a');
INSERT INTO "tags" VALUES('version.timm','1.0.31','62d44e8065e445849f8aaaa5fe7bb96a');
INSERT INTO "tags" VALUES('version.accelerate','1.15.0','62d44e8065e445849f8aaaa5fe7bb96a');
INSERT INTO "tags" VALUES('version.mlflow','3.17.2','62d44e8065e445849f8aaaa5fe7bb96a');
INSERT INTO "tags" VALUES('version.safetensors','0.8.0','62d44e8065e445849f8aaaa5fe7bb96a');
INSERT INTO "tags" VALUES('version.numpy','2.4.6','62d44e8065e445849f8aaaa5fe7bb96a');
INSERT INTO "tags" VALUES('version.python','3.11.7','62d44e8065e445849f8aaaa5fe7bb96a');
INSERT INTO "tags" VALUES('hardware.gpus','none','62d44e8065e445849f8aaaa5fe7bb96a');
INSERT INTO "tags" VALUES('hardware.torch_threads','1','62d44e8065e445849f8aaaa5fe7bb96a');
INSERT INTO "tags" VALUES('method','epalm-pt-l','62d44e8065e445849f8aaaa5fe7bb96a');
INSERT INTO "tags" VALUES('task','easy-vqa','62d44e8065e445849f8aaaa5fe7bb96a');
INSERT INTO "tags" VALUES('lm','smollm2-135m','62d44e8065e445849f8aaaa5fe7bb96a');
INSERT INTO "tags" VALUES('encoder','efficientnet-lite0','62d44e8065e445849f8aaaa5fe7bb96a');
INSERT INTO "tags" VALUES('metric','vqa_accuracy','62d44e8065e445849f8aaaa5fe7bb96a');
INSERT INTO "tags" VALUES('data_fraction','0.1','62d44e8065e445849f8aaaa5fe7bb96a');
INSERT INTO "tags" VALUES('seed','0','62d44e8065e445849f8aaaa5fe7bb96a');
INSERT INTO "tags" VALUES('sweep','reference','62d44e8065e445849f8aaaa5fe7bb96a');
INSERT INTO "tags" VALUES('sweep.cell','epalm-pt-l_easy-vqa_smollm2-135m_efficientnet-lite0_f0.1_s0','62d44e8065e445849f8aaaa5fe7bb96a');
INSERT INTO "tags" VALUES('encoder_regime','frozen','62d44e8065e445849f8aaaa5fe7bb96a');
INSERT INTO "tags" VALUES('mlflow.parentRunId','c7c2d52bf56744e298ed4365c3ecc4bd','62d44e8065e445849f8aaaa5fe7bb96a');
INSERT INTO "tags" VALUES('mlflow.runName','mapl_easy-vqa_smollm2-135m_efficientnet-lite0_f0.1_s0','5b7a82afd8174503a4b818e6606c6dd4');
INSERT INTO "tags" VALUES('git.commit','726f429da233720eb4c032e23d32a2740820d791','5b7a82afd8174503a4b818e6606c6dd4');
INSERT INTO "tags" VALUES('git.dirty','True','5b7a82afd8174503a4b818e6606c6dd4');
INSERT INTO "tags" VALUES('hostname','vm','5b7a82afd8174503a4b818e6606c6dd4');
INSERT INTO "tags" VALUES('mlflow.source.git.commit','726f429da233720eb4c032e23d32a2740820d791','5b7a82afd8174503a4b818e6606c6dd4');
INSERT INTO "tags" VALUES('version.torch','2.14.1','5b7a82afd8174503a4b818e6606c6dd4');
INSERT INTO "tags" VALUES('version.transformers','5.24.0','5b7a82afd8174503a4b818e6606c6dd4');
INSERT INTO "tags" VALUES('version.timm','1.0.31','5b7a82afd8174503a4b818e6606c6dd4');
INSERT INTO "tags" VALUES('version.accelerate','1.15.0','5b7a82afd8174503a4b818e6606c6dd4');
INSERT INTO "tags" VALUES('version.mlflow','3.17.2','5b7a82afd8174503a4b818e6606c6dd4');
INSERT INTO "tags" VALUES('version.safetensors','0.8.0','5b7a82afd8174503a4b818e6606c6dd4');
INSERT INTO "tags" VALUES('version.numpy','2.4.6','5b7a82afd8174503a4b818e6606c6dd4');
INSERT INTO "tags" VALUES('version.python','3.11.7','5b7a82afd8174503a4b818e6606c6dd4');
INSERT INTO "tags" VALUES('hardware.gpus','none','5b7a82afd8174503a4b818e6606c6dd4');
INSERT INTO "tags" VALUES('hardware.torch_threads','1','5b7a82afd8174503a4b818e6606c6dd4');
INSERT INTO "tags" VALUES('method','mapl','5b7a82afd8174503a4b818e6606c6dd4');
INSERT INTO "tags" VALUES('task','easy-vqa','5b7a82afd8174503a4b818e6606c6dd4');
INSERT INTO "tags" VALUES('lm','smollm2-135m','5b7a82afd8174503a4b818e6606c6dd4');
INSERT INTO "tags" VALUES('encoder','efficientnet-lite0','5b7a82afd8174503a4b818e6606c6dd4');
INSERT INTO "tags" VALUES('metric','vqa_accuracy','5b7a82afd8174503a4b818e6606c6dd4');
INSERT INTO "tags" VALUES('data_fraction','0.1','5b7a82afd8174503a4b818e6606c6dd4');
INSERT INTO "tags" VALUES('seed','0','5b7a82afd8174503a4b818e6606c6dd4');
INSERT INTO "tags" VALUES('sweep','reference','5b7a82afd8174503a4b818e6606c6dd4');
INSERT INTO "tags" VALUES('sweep.cell','mapl_easy-vqa_smollm2-135m_efficientnet-lite0_f0.1_s0','5b7a82afd8174503a4b818e6606c6dd4');
INSERT INTO "tags" VALUES('encoder_regime','frozen','5b7a82afd8174503a4b818e6606c6dd4');
INSERT INTO "tags" VALUES('mlflow.parentRunId','c7c2d52bf56744e298ed4365c3ecc4bd','5b7a82afd8174503a4b818e6606c6dd4');
INSERT INTO "tags" VALUES('mlflow.runName','limber_easy-vqa_smollm2-135m_efficientnet-lite0_f0.1_s0','14f98a930e694295935b6debdc9859ba');
INSERT INTO "tags" VALUES('git.commit','726f429da233720eb4c032e23d32a2740820d791','14f98a930e694295935b6debdc9859ba');
INSERT INTO "tags" VALUES('git.dirty','True','14f98a930e694295935b6debdc9859ba');
INSERT INTO "tags" VALUES('hostname','vm','14f98a930e694295935b6debdc9859ba');
INSERT INTO "tags" VALUES('mlflow.source.git.commit','726f429da233720eb4c032e23d32a2740820d791','14f98a930e694295935b6debdc9859ba');
INSERT INTO "tags" VALUES('version.torch','2.14.1','14f98a930e694295935b6debdc9859ba');
INSERT INTO "tags" VALUES('version.transformers','5.24.0','14f98a930e694295935b6debdc9859ba');
INSERT INTO "tags" VALUES('version.timm','1.0.31','14f98a930e694295935b6debdc9859ba');
INSERT INTO "tags" VALUES('version.accelerate','1.15.0','14f98a930e694295935b6debdc9859ba');
INSERT INTO "tags" VALUES('version.mlflow','3.17.2','14f98a930e694295935b6debdc9859ba');
INSERT INTO "tags" VALUES('version.safetensors','0.8.0','14f98a930e694295935b6debdc9859ba');
INSERT INTO "tags" VALUES('version.numpy','2.4.6','14f98a930e694295935b6debdc9859ba');
INSERT INTO "tags" VALUES('version.python','3.11.7','14f98a930e694295935b6debdc9859ba');
INSERT INTO "tags" VALUES('hardware.gpus','none','14f98a930e694295935b6debdc9859ba');
INSERT INTO "tags" VALUES('hardware.torch_threads','1','14f98a930e694295935b6debdc9859ba');
INSERT INTO "tags" VALUES('method','limber','14f98a930e694295935b6debdc9859ba');
INSERT INTO "tags" VALUES('task','easy-vqa','14f98a930e694295935b6debdc9859ba');
INSERT INTO "tags" VALUES('lm','smollm2-135m','14f98a930e694295935b6debdc9859ba');
INSERT INTO "tags" VALUES('encoder','efficientnet-lite0','14f98a930e694295935b6debdc9859ba');
INSERT INTO "tags" VALUES('metric','vqa_accuracy','14f98a930e694295935b6debdc9859ba');
INSERT INTO "tags" VALUES('data_fraction','0.1','14f98a930e694295935b6debdc9859ba');
INSERT INTO "tags" VALUES('seed','0','14f98a930e694295935b6debdc9859ba');
INSERT INTO "tags" VALUES('sweep','reference','14f98a930e694295935b6debdc9859ba');
INSERT INTO "tags" VALUES('sweep.cell','limber_easy-vqa_smollm2-135m_efficientnet-lite0_f0.1_s0','14f98a930e694295935b6debdc9859ba');
INSERT INTO "tags" VALUES('encoder_regime','frozen','14f98a930e694295935b6debdc9859ba');
INSERT INTO "tags" VALUES('mlflow.parentRunId','c7c2d52bf56744e298ed4365c3ecc4bd','14f98a930e694295935b6debdc9859ba');
INSERT INTO "tags" VALUES('mlflow.runName','fromage_easy-vqa_smollm2-135m_efficientnet-lite0_f0.1_s0','cc7ab919718b4bd4bc569e68b50296b2');
INSERT INTO "tags" VALUES('git.commit','726f429da233720eb4c032e23d32a2740820d791','cc7ab919718b4bd4bc569e68b50296b2');
INSERT INTO "tags" VALUES('git.dirty','True','cc7ab919718b4bd4bc569e68b50296b2');
INSERT INTO "tags" VALUES('hostname','vm','cc7ab919718b4bd4bc569e68b50296b2');
INSERT INTO "tags" VALUES('mlflow.source.git.commit','726f429da233720eb4c032e23d32a2740820d791','cc7ab919718b4bd4bc569e68b50296b2');
INSERT INTO "tags" VALUES('version.torch','2.14.1','cc7ab919718b4bd4bc569e68b50296b2');
INSERT INTO "tags" VALUES('version.transformers','5.24.0','cc7ab919718b4bd4bc569e68b50296b2');
INSERT INTO "tags" VALUES('version.timm','1.0.31','cc7ab919718b4bd4bc569e68b50296b2');
INSERT INTO "tags" VALUES('version.accelerate','1.15.0','cc7ab919718b4bd4bc569e68b50296b2');
INSERT INTO "tags" VALUES('version.mlflow','3.17.2','cc7ab919718b4bd4bc569e68b50296b2');
INSERT INTO "tags" VALUES('version.safetensors','0.8.0','cc7ab919718b4bd4bc569e68b50296b2');
INSERT INTO "tags" VALUES('version.numpy','2.4.6','cc7ab919718b4bd4bc569e68b50296b2');
INSERT INTO "tags" VALUES('version.python','3.11.7','cc7ab919718b4bd4bc569e68b50296b2');
INSERT INTO "tags" VALUES('hardware.gpus','none','cc7ab919718b4bd4bc569e68b50296b2');
INSERT INTO "tags" VALUES('hardware.torch_threads','1','cc7ab919718b4bd4bc569e68b50296b2');
INSERT INTO "tags" VALUES('method','fromage','cc7ab919718b4bd4bc569e68b50296b2');
INSERT INTO "tags" VALUES('task','easy-vqa','cc7ab919718b4bd4bc569e68b50296b2');
INSERT INTO "tags" VALUES('lm','smollm2-135m','cc7ab919718b4bd4bc569e68b50296b2');
INSERT INTO "tags" VALUES('encoder','efficientnet-lite0','cc7ab919718b4bd4bc569e68b50296b2');
INSERT INTO "tags" VALUES('metric','vqa_accuracy','cc7ab919718b4bd4bc569e68b50296b2');
INSERT INTO "tags" VALUES('data_fraction','0.1','cc7ab919718b4bd4bc569e68b50296b2');
INSERT INTO "tags" VALUES('seed','0','cc7ab919718b4bd4bc569e68b50296b2');
INSERT INTO "tags" VALUES('sweep','reference','cc7ab919718b4bd4bc569e68b50296b2');
INSERT INTO "tags" VALUES('sweep.cell','fromage_easy-vqa_smollm2-135m_efficientnet-lite0_f0.1_s0','cc7ab919718b4bd4bc569e68b50296b2');
INSERT INTO "tags" VALUES('encoder_regime','frozen','cc7ab919718b4bd4bc569e68b50296b2');
INSERT INTO "tags" VALUES('mlflow.parentRunId','c7c2d52bf56744e298ed4365c3ecc4bd','cc7ab919718b4bd4bc569e68b50296b2');
INSERT INTO "tags" VALUES('mlflow.runName','promptfuse_easy-vqa_smollm2-135m_efficientnet-lite0_f0.1_s0','bf091a19040e4218aa43fb43a52cf0da');
INSERT INTO "tags" VALUES('git.commit','726f429da233720eb4c032e23d32a2740820d791','bf091a19040e4218aa43fb43a52cf0da');
INSERT INTO "tags" VALUES('git.dirty','True','bf091a19040e4218aa43fb43a52cf0da');
INSERT INTO "tags" VALUES('hostname','vm','bf091a19040e4218aa43fb43a52cf0da');
INSERT INTO "tags" VALUES('mlflow.source.git.commit','726f429da233720eb4c032e23d32a2740820d791','bf091a19040e4218aa43fb43a52cf0da');
INSERT INTO "tags" VALUES('version.torch','2.14.1','bf091a19040e4218aa43fb43a52cf0da');
INSERT INTO "tags" VALUES('version.transformers','5.24.0','bf091a19040e4218aa43fb43a52cf0da');
INSERT INTO "tags" VALUES('version.timm','1.0.31','bf091a19040e4218aa43fb43a52cf0da');
INSERT INTO "tags" VALUES('version.accelerate','1.15.0','bf091a19040e4218aa43fb43a52cf0da');
INSERT INTO "tags" VALUES('version.mlflow','3.17.2','bf091a19040e4218aa43fb43a52cf0da');
INSERT INTO "tags" VALUES('version.safetensors','0.8.0','bf091a19040e4218aa43fb43a52cf0da');
INSERT INTO "tags" VALUES('version.numpy','2.4.6','bf091a19040e4218aa43fb43a52cf0da');
INSERT INTO "tags" VALUES('version.python','3.11.7','bf091a19040e4218aa43fb43a52cf0da');
INSERT INTO "tags" VALUES('hardware.gpus','none','bf091a19040e4218aa43fb43a52cf0da');
INSERT INTO "tags" VALUES('hardware.torch_threads','1','bf091a19040e4218aa43fb43a52cf0da');
INSERT INTO "tags" VALUES('method','promptfuse','bf091a19040e4218aa43fb43a52cf0da');
INSERT INTO "tags" VALUES('task','easy-vqa','bf091a19040e4218aa43fb43a52cf0da');
INSERT INTO "tags" VALUES('lm','smollm2-135m','bf091a19040e4218aa43fb43a52cf0da');
INSERT INTO "tags" VALUES('encoder','efficientnet-lite0','bf091a19040e4218aa43fb43a52cf0da');
INSERT INTO "tags" VALUES('metric','vqa_accuracy','bf091a19040e4218aa43fb43a52cf0da');
INSERT INTO "tags" VALUES('data_fraction','0.1','bf091a19040e4218aa43fb43a52cf0da');
INSERT INTO "tags" VALUES('seed','0','bf091a19040e4218aa43fb43a52cf0da');
INSERT INTO "tags" VALUES('sweep','reference','bf091a19040e4218aa43fb43a52cf0da');
INSERT INTO "tags" VALUES('sweep.cell','promptfuse_easy-vqa_smollm2-135m_efficientnet-lite0_f0.1_s0','bf091a19040e4218aa43fb43a52cf0da');
INSERT INTO "tags" VALUES('encoder_regime','frozen','bf091a19040e4218aa43fb43a52cf0da');
INSERT INTO "tags" VALUES('mlflow.parentRunId','c7c2d52bf56744e298ed4365c3ecc4bd','bf091a19040e4218aa43fb43a52cf0da');
INSERT INTO "tags" VALUES('mlflow.runName','promptfuse-blind_easy-vqa_smollm2-135m_efficientnet-lite0_f0.1_s0','01660c6fc6fd40ea882b0925d596f886');
INSERT INTO "tags" VALUES('git.commit','726f429da233720eb4c032e23d32a2740820d791','01660c6fc6fd40ea882b0925d596f886');
INSERT INTO "tags" VALUES('git.dirty','True','01660c6fc6fd40ea882b0925d596f886');
INSERT INTO "tags" VALUES('hostname','vm','01660c6fc6fd40ea882b0925d596f886');
INSERT INTO "tags" VALUES('mlflow.source.git.commit','726f429da233720eb4c032e23d32a2740820d791','01660c6fc6fd40ea882b0925d596f886');
INSERT INTO "tags" VALUES('version.torch','2.14.1','01660c6fc6fd40ea882b0925d596f886');
INSERT INTO "tags" VALUES('version.transformers','5.24.0','01660c6fc6fd40ea882b0925d596f886');
INSERT INTO "tags" VALUES('version.timm','1.0.31','01660c6fc6fd40ea882b0925d596f886');
INSERT INTO "tags" VALUES('version.accelerate','1.15.0','01660c6fc6fd40ea882b0925d596f886');
INSERT INTO "tags" VALUES('version.mlflow','3.17.2','01660c6fc6fd40ea882b0925d596f886');
INSERT INTO "tags" VALUES('version.safetensors','0.8.0','01660c6fc6fd40ea882b0925d596f886');
INSERT INTO "tags" VALUES('version.numpy','2.4.6','01660c6fc6fd40ea882b0925d596f886');
INSERT INTO "tags" VALUES('version.python','3.11.7','01660c6fc6fd40ea882b0925d596f886');
INSERT INTO "tags" VALUES('hardware.gpus','none','01660c6fc6fd40ea882b0925d596f886');
INSERT INTO "tags" VALUES('hardware.torch_threads','1','01660c6fc6fd40ea882b0925d596f886');
INSERT INTO "tags" VALUES('method','promptfuse-blind','01660c6fc6fd40ea882b0925d596f886');
INSERT INTO "tags" VALUES('task','easy-vqa','01660c6fc6fd40ea882b0925d596f886');
INSERT INTO "tags" VALUES('lm','smollm2-135m','01660c6fc6fd40ea882b0925d596f886');
INSERT INTO "tags" VALUES('encoder','efficientnet-lite0','01660c6fc6fd40ea882b0925d596f886');
INSERT INTO "tags" VALUES('metric','vqa_accuracy','01660c6fc6fd40ea882b0925d596f886');
INSERT INTO "tags" VALUES('data_fraction','0.1','01660c6fc6fd40ea882b0925d596f886');
INSERT INTO "tags" VALUES('seed','0','01660c6fc6fd40ea882b0925d596f886');
INSERT INTO "tags" VALUES('sweep','reference','01660c6fc6fd40ea882b0925d596f886');
INSERT INTO "tags" VALUES('sweep.cell','promptfuse-blind_easy-vqa_smollm2-135m_efficientnet-lite0_f0.1_s0','01660c6fc6fd40ea882b0925d596f886');
INSERT INTO "tags" VALUES('encoder_regime','frozen','01660c6fc6fd40ea882b0925d596f886');
INSERT INTO "tags" VALUES('mlflow.parentRunId','c7c2d52bf56744e298ed4365c3ecc4bd','01660c6fc6fd40ea882b0925d596f886');
INSERT INTO "tags" VALUES('mlflow.runName','magma_easy-vqa_smollm2-135m_efficientnet-lite0_f0.1_s0','2ea5826571ed4fbab2b379ef3163c080');
INSERT INTO "tags" VALUES('git.commit','726f429da233720eb4c032e23d32a2740820d791','2ea5826571ed4fbab2b379ef3163c080');
INSERT INTO "tags" VALUES('git.dirty','True','2ea5826571ed4fbab2b379ef3163c080');
INSERT INTO "tags" VALUES('hostname','vm','2ea5826571ed4fbab2b379ef3163c080');
INSERT INTO "tags" VALUES('mlflow.source.git.commit','726f429da233720eb4c032e23d32a2740820d791','2ea5826571ed4fbab2b379ef3163c080');
INSERT INTO "tags" VALUES('version.torch','2.14.1','2ea5826571ed4fbab2b379ef3163c080');
INSERT INTO "tags" VALUES('version.transformers','5.24.0','2ea5826571ed4fbab2b379ef3163c080');
INSERT INTO "tags" VALUES('version.timm','1.0.31','2ea5826571ed4fbab2b379ef3163c080');
INSERT INTO "tags" VALUES('version.accelerate','1.15.0','2ea5826571ed4fbab2b379ef3163c080');
INSERT INTO "tags" VALUES('version.mlflow','3.17.2','2ea5826571ed4fbab2b379ef3163c080');
INSERT INTO "tags" VALUES('version.safetensors','0.8.0','2ea5826571ed4fbab2b379ef3163c080');
INSERT INTO "tags" VALUES('version.numpy','2.4.6','2ea5826571ed4fbab2b379ef3163c080');
INSERT INTO "tags" VALUES('version.python','3.11.7','2ea5826571ed4fbab2b379ef3163c080');
INSERT INTO "tags" VALUES('hardware.gpus','none','2ea5826571ed4fbab2b379ef3163c080');
INSERT INTO "tags" VALUES('hardware.torch_threads','1','2ea5826571ed4fbab2b379ef3163c080');
INSERT INTO "tags" VALUES('method','magma','2ea5826571ed4fbab2b379ef3163c080');
INSERT INTO "tags" VALUES('task','easy-vqa','2ea5826571ed4fbab2b379ef3163c080');
INSERT INTO "tags" VALUES('lm','smollm2-135m','2ea5826571ed4fbab2b379ef3163c080');
INSERT INTO "tags" VALUES('encoder','efficientnet-lite0','2ea5826571ed4fbab2b379ef3163c080');
INSERT INTO "tags" VALUES('metric','vqa_accuracy','2ea5826571ed4fbab2b379ef3163c080');
INSERT INTO "tags" VALUES('data_fraction','0.1','2ea5826571ed4fbab2b379ef3163c080');
INSERT INTO "tags" VALUES('seed','0','2ea5826571ed4fbab2b379ef3163c080');
INSERT INTO "tags" VALUES('sweep','reference','2ea5826571ed4fbab2b379ef3163c080');
INSERT INTO "tags" VALUES('sweep.cell','magma_easy-vqa_smollm2-135m_efficientnet-lite0_f0.1_s0','2ea5826571ed4fbab2b379ef3163c080');
INSERT INTO "tags" VALUES('encoder_regime','frozen','2ea5826571ed4fbab2b379ef3163c080');
INSERT INTO "tags" VALUES('mlflow.parentRunId','c7c2d52bf56744e298ed4365c3ecc4bd','2ea5826571ed4fbab2b379ef3163c080');
INSERT INTO "tags" VALUES('mlflow.runName','lora_easy-vqa_smollm2-135m_efficientnet-lite0_f0.1_s0','deee6bc48cf64816a4763304ac12d040');
INSERT INTO "tags" VALUES('git.commit','726f429da233720eb4c032e23d32a2740820d791','deee6bc48cf64816a4763304ac12d040');
INSERT INTO "tags" VALUES('git.dirty','True','deee6bc48cf64816a4763304ac12d040');
INSERT INTO "tags" VALUES('hostname','vm','deee6bc48cf64816a4763304ac12d040');
INSERT INTO "tags" VALUES('mlflow.source.git.commit','726f429da233720eb4c032e23d32a2740820d791','deee6bc48cf64816a4763304ac12d040');
INSERT INTO "tags" VALUES('version.torch','2.14.1','deee6bc48cf64816a4763304ac12d040');
INSERT INTO "tags" VALUES('version.transformers','5.24.0','deee6bc48cf64816a4763304ac12d040');
INSERT INTO "tags" VALUES('version.timm','1.0.31','deee6bc48cf64816a4763304ac12d040');
INSERT INTO "tags" VALUES('version.accelerate','1.15.0','deee6bc48cf64816a4763304ac12d040');
INSERT INTO "tags" VALUES('version.mlflow','3.17.2','deee6bc48cf64816a4763304ac12d040');
INSERT INTO "tags" VALUES('version.safetensors','0.8.0','deee6bc48cf64816a4763304ac12d040');
INSERT INTO "tags" VALUES('version.numpy','2.4.6','deee6bc48cf64816a4763304ac12d040');
INSERT INTO "tags" VALUES('version.python','3.11.7','deee6bc48cf64816a4763304ac12d040');
INSERT INTO "tags" VALUES('hardware.gpus','none','deee6bc48cf64816a4763304ac12d040');
INSERT INTO "tags" VALUES('hardware.torch_threads','1','deee6bc48cf64816a4763304ac12d040');
INSERT INTO "tags" VALUES('method','lora','deee6bc48cf64816a4763304ac12d040');
INSERT INTO "tags" VALUES('task','easy-vqa','deee6bc48cf64816a4763304ac12d040');
INSERT INTO "tags" VALUES('lm','smollm2-135m','deee6bc48cf64816a4763304ac12d040');
INSERT INTO "tags" VALUES('encoder','efficientnet-lite0','deee6bc48cf64816a4763304ac12d040');
INSERT INTO "tags" VALUES('metric','vqa_accuracy','deee6bc48cf64816a4763304ac12d040');
INSERT INTO "tags" VALUES('data_fraction','0.1','deee6bc48cf64816a4763304ac12d040');
INSERT INTO "tags" VALUES('seed','0','deee6bc48cf64816a4763304ac12d040');
INSERT INTO "tags" VALUES('sweep','reference','deee6bc48cf64816a4763304ac12d040');
INSERT INTO "tags" VALUES('sweep.cell','lora_easy-vqa_smollm2-135m_efficientnet-lite0_f0.1_s0','deee6bc48cf64816a4763304ac12d040');
INSERT INTO "tags" VALUES('encoder_regime','frozen','deee6bc48cf64816a4763304ac12d040');
INSERT INTO "tags" VALUES('mlflow.parentRunId','c7c2d52bf56744e298ed4365c3ecc4bd','deee6bc48cf64816a4763304ac12d040');
INSERT INTO "tags" VALUES('mlflow.runName','llava-mlp_easy-vqa_smollm2-135m_efficientnet-lite0_f0.1_s0','252df570dbc942f79f086793a35b3fe3');
INSERT INTO "tags" VALUES('git.commit','726f429da233720eb4c032e23d32a2740820d791','252df570dbc942f79f086793a35b3fe3');
INSERT INTO "tags" VALUES('git.dirty','True','252df570dbc942f79f086793a35b3fe3');
INSERT INTO "tags" VALUES('hostname','vm','252df570dbc942f79f086793a35b3fe3');
INSERT INTO "tags" VALUES('mlflow.source.git.commit','726f429da233720eb4c032e23d32a2740820d791','252df570dbc942f79f086793a35b3fe3');
INSERT INTO "tags" VALUES('version.torch','2.14.1','252df570dbc942f79f086793a35b3fe3');
INSERT INTO "tags" VALUES('version.transformers','5.24.0','252df570dbc942f79f086793a35b3fe3');
INSERT INTO "tags" VALUES('version.timm','1.0.31','252df570dbc942f79f086793a35b3fe3');
INSERT INTO "tags" VALUES('version.accelerate','1.15.0','252df570dbc942f79f086793a35b3fe3');
INSERT INTO "tags" VALUES('version.mlflow','3.17.2','252df570dbc942f79f086793a35b3fe3');
INSERT INTO "tags" VALUES('version.safetensors','0.8.0','252df570dbc942f79f086793a35b3fe3');
INSERT INTO "tags" VALUES('version.numpy','2.4.6','252df570dbc942f79f086793a35b3fe3');
INSERT INTO "tags" VALUES('version.python','3.11.7','252df570dbc942f79f086793a35b3fe3');
INSERT INTO "tags" VALUES('hardware.gpus','none','252df570dbc942f79f086793a35b3fe3');
INSERT INTO "tags" VALUES('hardware.torch_threads','1','252df570dbc942f79f086793a35b3fe3');
INSERT INTO "tags" VALUES('method','llava-mlp','252df570dbc942f79f086793a35b3fe3');
INSERT INTO "tags" VALUES('task','easy-vqa','252df570dbc942f79f086793a35b3fe3');
INSERT INTO "tags" VALUES('lm','smollm2-135m','252df570dbc942f79f086793a35b3fe3');
INSERT INTO "tags" VALUES('encoder','efficientnet-lite0','252df570dbc942f79f086793a35b3fe3');
INSERT INTO "tags" VALUES('metric','vqa_accuracy','252df570dbc942f79f086793a35b3fe3');
INSERT INTO "tags" VALUES('data_fraction','0.1','252df570dbc942f79f086793a35b3fe3');
INSERT INTO "tags" VALUES('seed','0','252df570dbc942f79f086793a35b3fe3');
INSERT INTO "tags" VALUES('sweep','reference','252df570dbc942f79f086793a35b3fe3');
INSERT INTO "tags" VALUES('sweep.cell','llava-mlp_easy-vqa_smollm2-135m_efficientnet-lite0_f0.1_s0','252df570dbc942f79f086793a35b3fe3');
INSERT INTO "tags" VALUES('encoder_regime','frozen','252df570dbc942f79f086793a35b3fe3');
INSERT INTO "tags" VALUES('mlflow.parentRunId','c7c2d52bf56744e298ed4365c3ecc4bd','252df570dbc942f79f086793a35b3fe3');
INSERT INTO "tags" VALUES('mlflow.runName','qformer_easy-vqa_smollm2-135m_efficientnet-lite0_f0.1_s0','60e45c4d1e0d4f67af6c4c1861bbfd69');
INSERT INTO "tags" VALUES('git.commit','726f429da233720eb4c032e23d32a2740820d791','60e45c4d1e0d4f67af6c4c1861bbfd69');
INSERT INTO "tags" VALUES('git.dirty','True','60e45c4d1e0d4f67af6c4c1861bbfd69');
INSERT INTO "tags" VALUES('hostname','vm','60e45c4d1e0d4f67af6c4c1861bbfd69');
INSERT INTO "tags" VALUES('mlflow.source.git.commit','726f429da233720eb4c032e23d32a2740820d791','60e45c4d1e0d4f67af6c4c1861bbfd69');
INSERT INTO "tags" VALUES('version.torch','2.14.1','60e45c4d1e0d4f67af6c4c1861bbfd69');
INSERT INTO "tags" VALUES('version.transformers','5.24.0','60e45c4d1e0d4f67af6c4c1861bbfd69');
INSERT INTO "tags" VALUES('version.timm','1.0.31','60e45c4d1e0d4f67af6c4c1861bbfd69');
INSERT INTO "tags" VALUES('version.accelerate','1.15.0','60e45c4d1e0d4f67af6c4c1861bbfd69');
INSERT INTO "tags" VALUES('version.mlflow','3.17.2','60e45c4d1e0d4f67af6c4c1861bbfd69');
INSERT INTO "tags" VALUES('version.safetensors','0.8.0','60e45c4d1e0d4f67af6c4c1861bbfd69');
INSERT INTO "tags" VALUES('version.numpy','2.4.6','60e45c4d1e0d4f67af6c4c1861bbfd69');
INSERT INTO "tags" VALUES('version.python','3.11.7','60e45c4d1e0d4f67af6c4c1861bbfd69');
INSERT INTO "tags" VALUES('hardware.gpus','none','60e45c4d1e0d4f67af6c4c1861bbfd69');
INSERT INTO "tags" VALUES('hardware.torch_threads','1','60e45c4d1e0d4f67af6c4c1861bbfd69');
INSERT INTO "tags" VALUES('method','qformer','60e45c4d1e0d4f67af6c4c1861bbfd69');
INSERT INTO "tags" VALUES('task','easy-vqa','60e45c4d1e0d4f67af6c4c1861bbfd69');
INSERT INTO "tags" VALUES('lm','smollm2-135m','60e45c4d1e0d4f67af6c4c1861bbfd69');
INSERT INTO "tags" VALUES('encoder','efficientnet-lite0','60e45c4d1e0d4f67af6c4c1861bbfd69');
INSERT INTO "tags" VALUES('metric','vqa_accuracy','60e45c4d1e0d4f67af6c4c1861bbfd69');
INSERT INTO "tags" VALUES('data_fraction','0.1','60e45c4d1e0d4f67af6c4c1861bbfd69');
INSERT INTO "tags" VALUES('seed','0','60e45c4d1e0d4f67af6c4c1861bbfd69');
INSERT INTO "tags" VALUES('sweep','reference','60e45c4d1e0d4f67af6c4c1861bbfd69');
INSERT INTO "tags" VALUES('sweep.cell','qformer_easy-vqa_smollm2-135m_efficientnet-lite0_f0.1_s0','60e45c4d1e0d4f67af6c4c1861bbfd69');
INSERT INTO "tags" VALUES('encoder_regime','frozen','60e45c4d1e0d4f67af6c4c1861bbfd69');
INSERT INTO "tags" VALUES('mlflow.parentRunId','c7c2d52bf56744e298ed4365c3ecc4bd','60e45c4d1e0d4f67af6c4c1861bbfd69');
INSERT INTO "tags" VALUES('mlflow.runName','qformer-instruct_easy-vqa_smollm2-135m_efficientnet-lite0_f0.1_s0','4efbbaa0574047d786a4a5dd69c00571');
INSERT INTO "tags" VALUES('git.commit','726f429da233720eb4c032e23d32a2740820d791','4efbbaa0574047d786a4a5dd69c00571');
INSERT INTO "tags" VALUES('git.dirty','True','4efbbaa0574047d786a4a5dd69c00571');
INSERT INTO "tags" VALUES('hostname','vm','4efbbaa0574047d786a4a5dd69c00571');
INSERT INTO "tags" VALUES('mlflow.source.git.commit','726f429da233720eb4c032e23d32a2740820d791','4efbbaa0574047d786a4a5dd69c00571');
INSERT INTO "tags" VALUES('version.torch','2.14.1','4efbbaa0574047d786a4a5dd69c00571');
INSERT INTO "tags" VALUES('version.transformers','5.24.0','4efbbaa0574047d786a4a5dd69c00571');
INSERT INTO "tags" VALUES('version.timm','1.0.31','4efbbaa0574047d786a4a5dd69c00571');
INSERT INTO "tags" VALUES('version.accelerate','1.15.0','4efbbaa0574047d786a4a5dd69c00571');
INSERT INTO "tags" VALUES('version.mlflow','3.17.2','4efbbaa0574047d786a4a5dd69c00571');
INSERT INTO "tags" VALUES('version.safetensors','0.8.0','4efbbaa0574047d786a4a5dd69c00571');
INSERT INTO "tags" VALUES('version.numpy','2.4.6','4efbbaa0574047d786a4a5dd69c00571');
INSERT INTO "tags" VALUES('version.python','3.11.7','4efbbaa0574047d786a4a5dd69c00571');
INSERT INTO "tags" VALUES('hardware.gpus','none','4efbbaa0574047d786a4a5dd69c00571');
INSERT INTO "tags" VALUES('hardware.torch_threads','1','4efbbaa0574047d786a4a5dd69c00571');
INSERT INTO "tags" VALUES('method','qformer-instruct','4efbbaa0574047d786a4a5dd69c00571');
INSERT INTO "tags" VALUES('task','easy-vqa','4efbbaa0574047d786a4a5dd69c00571');
INSERT INTO "tags" VALUES('lm','smollm2-135m','4efbbaa0574047d786a4a5dd69c00571');
INSERT INTO "tags" VALUES('encoder','efficientnet-lite0','4efbbaa0574047d786a4a5dd69c00571');
INSERT INTO "tags" VALUES('metric','vqa_accuracy','4efbbaa0574047d786a4a5dd69c00571');
INSERT INTO "tags" VALUES('data_fraction','0.1','4efbbaa0574047d786a4a5dd69c00571');
INSERT INTO "tags" VALUES('seed','0','4efbbaa0574047d786a4a5dd69c00571');
INSERT INTO "tags" VALUES('sweep','reference','4efbbaa0574047d786a4a5dd69c00571');
INSERT INTO "tags" VALUES('sweep.cell','qformer-instruct_easy-vqa_smollm2-135m_efficientnet-lite0_f0.1_s0','4efbbaa0574047d786a4a5dd69c00571');
INSERT INTO "tags" VALUES('encoder_regime','frozen','4efbbaa0574047d786a4a5dd69c00571');
INSERT INTO "tags" VALUES('mlflow.parentRunId','c7c2d52bf56744e298ed4365c3ecc4bd','4efbbaa0574047d786a4a5dd69c00571');
INSERT INTO "tags" VALUES('mlflow.runName','depalm-qp_easy-vqa_smollm2-135m_efficientnet-lite0_f0.1_s0','f9059996ff6b4dbebb53d2327b690220');
INSERT INTO "tags" VALUES('git.commit','726f429da233720eb4c032e23d32a2740820d791','f9059996ff6b4dbebb53d2327b690220');
INSERT INTO "tags" VALUES('git.dirty','True','f9059996ff6b4dbebb53d2327b690220');
INSERT INTO "tags" VALUES('hostname','vm','f9059996ff6b4dbebb53d2327b690220');
INSERT INTO "tags" VALUES('mlflow.source.git.commit','726f429da233720eb4c032e23d32a2740820d791','f9059996ff6b4dbebb53d2327b690220');
INSERT INTO "tags" VALUES('version.torch','2.14.1','f9059996ff6b4dbebb53d2327b690220');
INSERT INTO "tags" VALUES('version.transformers','5.24.0','f9059996ff6b4dbebb53d2327b690220');
INSERT INTO "tags" VALUES('version.timm','1.0.31','f9059996ff6b4dbebb53d2327b690220');
INSERT INTO "tags" VALUES('version.accelerate','1.15.0','f9059996ff6b4dbebb53d2327b690220');
INSERT INTO "tags" VALUES('version.mlflow','3.17.2','f9059996ff6b4dbebb53d2327b690220');
INSERT INTO "tags" VALUES('version.safetensors','0.8.0','f9059996ff6b4dbebb53d2327b690220');
INSERT INTO "tags" VALUES('version.numpy','2.4.6','f9059996ff6b4dbebb53d2327b690220');
INSERT INTO "tags" VALUES('version.python','3.11.7','f9059996ff6b4dbebb53d2327b690220');
INSERT INTO "tags" VALUES('hardware.gpus','none','f9059996ff6b4dbebb53d2327b690220');
INSERT INTO "tags" VALUES('hardware.torch_threads','1','f9059996ff6b4dbebb53d2327b690220');
INSERT INTO "tags" VALUES('method','depalm-qp','f9059996ff6b4dbebb53d2327b690220');
INSERT INTO "tags" VALUES('task','easy-vqa','f9059996ff6b4dbebb53d2327b690220');
INSERT INTO "tags" VALUES('lm','smollm2-135m','f9059996ff6b4dbebb53d2327b690220');
INSERT INTO "tags" VALUES('encoder','efficientnet-lite0','f9059996ff6b4dbebb53d2327b690220');
INSERT INTO "tags" VALUES('metric','vqa_accuracy','f9059996ff6b4dbebb53d2327b690220');
INSERT INTO "tags" VALUES('data_fraction','0.1','f9059996ff6b4dbebb53d2327b690220');
INSERT INTO "tags" VALUES('seed','0','f9059996ff6b4dbebb53d2327b690220');
INSERT INTO "tags" VALUES('sweep','reference','f9059996ff6b4dbebb53d2327b690220');
INSERT INTO "tags" VALUES('sweep.cell','depalm-qp_easy-vqa_smollm2-135m_efficientnet-lite0_f0.1_s0','f9059996ff6b4dbebb53d2327b690220');
INSERT INTO "tags" VALUES('encoder_regime','frozen','f9059996ff6b4dbebb53d2327b690220');
INSERT INTO "tags" VALUES('mlflow.parentRunId','c7c2d52bf56744e298ed4365c3ecc4bd','f9059996ff6b4dbebb53d2327b690220');
INSERT INTO "tags" VALUES('mlflow.runName','depalm-pool_easy-vqa_smollm2-135m_efficientnet-lite0_f0.1_s0','9bd90e3f9cce4624893e77671d7193d5');
INSERT INTO "tags" VALUES('git.commit','726f429da233720eb4c032e23d32a2740820d791','9bd90e3f9cce4624893e77671d7193d5');
INSERT INTO "tags" VALUES('git.dirty','True','9bd90e3f9cce4624893e77671d7193d5');
INSERT INTO "tags" VALUES('hostname','vm','9bd90e3f9cce4624893e77671d7193d5');
INSERT INTO "tags" VALUES('mlflow.source.git.commit','726f429da233720eb4c032e23d32a2740820d791','9bd90e3f9cce4624893e77671d7193d5');
INSERT INTO "tags" VALUES('version.torch','2.14.1','9bd90e3f9cce4624893e77671d7193d5');
INSERT INTO "tags" VALUES('version.transformers','5.24.0','9bd90e3f9cce4624893e77671d7193d5');
INSERT INTO "tags" VALUES('version.timm','1.0.31','9bd90e3f9cce4624893e77671d7193d5');
INSERT INTO "tags" VALUES('version.accelerate','1.15.0','9bd90e3f9cce4624893e77671d7193d5');
INSERT INTO "tags" VALUES('version.mlflow','3.17.2','9bd90e3f9cce4624893e77671d7193d5');
INSERT INTO "tags" VALUES('version.safetensors','0.8.0','9bd90e3f9cce4624893e77671d7193d5');
INSERT INTO "tags" VALUES('version.numpy','2.4.6','9bd90e3f9cce4624893e77671d7193d5');
INSERT INTO "tags" VALUES('version.python','3.11.7','9bd90e3f9cce4624893e77671d7193d5');
INSERT INTO "tags" VALUES('hardware.gpus','none','9bd90e3f9cce4624893e77671d7193d5');
INSERT INTO "tags" VALUES('hardware.torch_threads','1','9bd90e3f9cce4624893e77671d7193d5');
INSERT INTO "tags" VALUES('method','depalm-pool','9bd90e3f9cce4624893e77671d7193d5');
INSERT INTO "tags" VALUES('task','easy-vqa','9bd90e3f9cce4624893e77671d7193d5');
INSERT INTO "tags" VALUES('lm','smollm2-135m','9bd90e3f9cce4624893e77671d7193d5');
INSERT INTO "tags" VALUES('encoder','efficientnet-lite0','9bd90e3f9cce4624893e77671d7193d5');
INSERT INTO "tags" VALUES('metric','vqa_accuracy','9bd90e3f9cce4624893e77671d7193d5');
INSERT INTO "tags" VALUES('data_fraction','0.1','9bd90e3f9cce4624893e77671d7193d5');
INSERT INTO "tags" VALUES('seed','0','9bd90e3f9cce4624893e77671d7193d5');
INSERT INTO "tags" VALUES('sweep','reference','9bd90e3f9cce4624893e77671d7193d5');
INSERT INTO "tags" VALUES('sweep.cell','depalm-pool_easy-vqa_smollm2-135m_efficientnet-lite0_f0.1_s0','9bd90e3f9cce4624893e77671d7193d5');
INSERT INTO "tags" VALUES('encoder_regime','frozen','9bd90e3f9cce4624893e77671d7193d5');
INSERT INTO "tags" VALUES('mlflow.parentRunId','c7c2d52bf56744e298ed4365c3ecc4bd','9bd90e3f9cce4624893e77671d7193d5');
INSERT INTO "tags" VALUES('mlflow.runName','resampler_easy-vqa_smollm2-135m_efficientnet-lite0_f0.1_s0','df8d9f2e2e4d4b9b8d9fbabb46dcc079');
INSERT INTO "tags" VALUES('git.commit','b2fa770a316e3e62a6983ee82c2e7690fd548d24','df8d9f2e2e4d4b9b8d9fbabb46dcc079');
INSERT INTO "tags" VALUES('git.dirty','True','df8d9f2e2e4d4b9b8d9fbabb46dcc079');
INSERT INTO "tags" VALUES('hostname','vm','df8d9f2e2e4d4b9b8d9fbabb46dcc079');
INSERT INTO "tags" VALUES('mlflow.source.git.commit','b2fa770a316e3e62a6983ee82c2e7690fd548d24','df8d9f2e2e4d4b9b8d9fbabb46dcc079');
INSERT INTO "tags" VALUES('version.torch','2.14.1','df8d9f2e2e4d4b9b8d9fbabb46dcc079');
INSERT INTO "tags" VALUES('version.transformers','5.24.0','df8d9f2e2e4d4b9b8d9fbabb46dcc079');
INSERT INTO "tags" VALUES('version.timm','1.0.31','df8d9f2e2e4d4b9b8d9fbabb46dcc079');
INSERT INTO "tags" VALUES('version.accelerate','1.15.0','df8d9f2e2e4d4b9b8d9fbabb46dcc079');
INSERT INTO "tags" VALUES('version.mlflow','3.17.2','df8d9f2e2e4d4b9b8d9fbabb46dcc079');
INSERT INTO "tags" VALUES('version.safetensors','0.8.0','df8d9f2e2e4d4b9b8d9fbabb46dcc079');
INSERT INTO "tags" VALUES('version.numpy','2.4.6','df8d9f2e2e4d4b9b8d9fbabb46dcc079');
INSERT INTO "tags" VALUES('version.python','3.11.7','df8d9f2e2e4d4b9b8d9fbabb46dcc079');
INSERT INTO "tags" VALUES('hardware.gpus','none','df8d9f2e2e4d4b9b8d9fbabb46dcc079');
INSERT INTO "tags" VALUES('hardware.torch_threads','1','df8d9f2e2e4d4b9b8d9fbabb46dcc079');
INSERT INTO "tags" VALUES('method','resampler','df8d9f2e2e4d4b9b8d9fbabb46dcc079');
INSERT INTO "tags" VALUES('task','easy-vqa','df8d9f2e2e4d4b9b8d9fbabb46dcc079');
INSERT INTO "tags" VALUES('lm','smollm2-135m','df8d9f2e2e4d4b9b8d9fbabb46dcc079');
INSERT INTO "tags" VALUES('encoder','efficientnet-lite0','df8d9f2e2e4d4b9b8d9fbabb46dcc079');
INSERT INTO "tags" VALUES('metric','vqa_accuracy','df8d9f2e2e4d4b9b8d9fbabb46dcc079');
INSERT INTO "tags" VALUES('data_fraction','0.1','df8d9f2e2e4d4b9b8d9fbabb46dcc079');
INSERT INTO "tags" VALUES('seed','0','df8d9f2e2e4d4b9b8d9fbabb46dcc079');
INSERT INTO "tags" VALUES('sweep','reference','df8d9f2e2e4d4b9b8d9fbabb46dcc079');
INSERT INTO "tags" VALUES('sweep.cell','resampler_easy-vqa_smollm2-135m_efficientnet-lite0_f0.1_s0','df8d9f2e2e4d4b9b8d9fbabb46dcc079');
INSERT INTO "tags" VALUES('encoder_regime','frozen','df8d9f2e2e4d4b9b8d9fbabb46dcc079');
INSERT INTO "tags" VALUES('mlflow.parentRunId','c7c2d52bf56744e298ed4365c3ecc4bd','df8d9f2e2e4d4b9b8d9fbabb46dcc079');
INSERT INTO "tags" VALUES('resumed','true','df8d9f2e2e4d4b9b8d9fbabb46dcc079');
INSERT INTO "tags" VALUES('mlflow.runName','c-abstractor_easy-vqa_smollm2-135m_efficientnet-lite0_f0.1_s0','faefbc7d618f47f9a2173f5526ccda75');
INSERT INTO "tags" VALUES('git.commit','b2fa770a316e3e62a6983ee82c2e7690fd548d24','faefbc7d618f47f9a2173f5526ccda75');
INSERT INTO "tags" VALUES('git.dirty','True','faefbc7d618f47f9a2173f5526ccda75');
INSERT INTO "tags" VALUES('hostname','vm','faefbc7d618f47f9a2173f5526ccda75');
INSERT INTO "tags" VALUES('mlflow.source.git.commit','b2fa770a316e3e62a6983ee82c2e7690fd548d24','faefbc7d618f47f9a2173f5526ccda75');
INSERT INTO "tags" VALUES('version.torch','2.14.1','faefbc7d618f47f9a2173f5526ccda75');
INSERT INTO "tags" VALUES('version.transformers','5.24.0','faefbc7d618f47f9a2173f5526ccda75');
INSERT INTO "tags" VALUES('version.timm','1.0.31','faefbc7d618f47f9a2173f5526ccda75');
INSERT INTO "tags" VALUES('version.accelerate','1.15.0','faefbc7d618f47f9a2173f5526ccda75');
INSERT INTO "tags" VALUES('version.mlflow','3.17.2','faefbc7d618f47f9a2173f5526ccda75');
INSERT INTO "tags" VALUES('version.safetensors','0.8.0','faefbc7d618f47f9a2173f5526ccda75');
INSERT INTO "tags" VALUES('version.numpy','2.4.6','faefbc7d618f47f9a2173f5526ccda75');
INSERT INTO "tags" VALUES('version.python','3.11.7','faefbc7d618f47f9a2173f5526ccda75');
INSERT INTO "tags" VALUES('hardware.gpus','none','faefbc7d618f47f9a2173f5526ccda75');
INSERT INTO "tags" VALUES('hardware.torch_threads','1','faefbc7d618f47f9a2173f5526ccda75');
INSERT INTO "tags" VALUES('method','c-abstractor','faefbc7d618f47f9a2173f5526ccda75');
INSERT INTO "tags" VALUES('task','easy-vqa','faefbc7d618f47f9a2173f5526ccda75');
INSERT INTO "tags" VALUES('lm','smollm2-135m','faefbc7d618f47f9a2173f5526ccda75');
INSERT INTO "tags" VALUES('encoder','efficientnet-lite0','faefbc7d618f47f9a2173f5526ccda75');
INSERT INTO "tags" VALUES('metric','vqa_accuracy','faefbc7d618f47f9a2173f5526ccda75');
INSERT INTO "tags" VALUES('data_fraction','0.1','faefbc7d618f47f9a2173f5526ccda75');
INSERT INTO "tags" VALUES('seed','0','faefbc7d618f47f9a2173f5526ccda75');
INSERT INTO "tags" VALUES('sweep','reference','faefbc7d618f47f9a2173f5526ccda75');
INSERT INTO "tags" VALUES('sweep.cell','c-abstractor_easy-vqa_smollm2-135m_efficientnet-lite0_f0.1_s0','faefbc7d618f47f9a2173f5526ccda75');
INSERT INTO "tags" VALUES('encoder_regime','frozen','faefbc7d618f47f9a2173f5526ccda75');
INSERT INTO "tags" VALUES('mlflow.parentRunId','c7c2d52bf56744e298ed4365c3ecc4bd','faefbc7d618f47f9a2173f5526ccda75');
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
CREATE INDEX index_inputs_input_uuid ON inputs (input_uuid);
CREATE INDEX index_inputs_destination_type_destination_id_source_type ON inputs (destination_type, destination_id, source_type);
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
CREATE INDEX index_evaluation_datasets_name ON evaluation_datasets (name);
CREATE INDEX index_evaluation_datasets_created_time ON evaluation_datasets (created_time);
CREATE INDEX idx_webhooks_name ON webhooks (name);
CREATE INDEX idx_webhooks_status ON webhooks (status);
CREATE TRIGGER prevent_secrets_aad_mutation
BEFORE UPDATE ON secrets
FOR EACH ROW
WHEN OLD.secret_id != NEW.secret_id OR OLD.secret_name != NEW.secret_name
BEGIN
    SELECT RAISE(ABORT, 'secret_id and secret_name are immutable (used as AAD in encryption)');
END;
CREATE INDEX index_model_definitions_provider ON model_definitions (provider);
CREATE INDEX index_model_definitions_secret_id ON model_definitions (secret_id);
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
CREATE INDEX index_assessments_run_id_created_timestamp ON assessments (run_id, created_timestamp);
CREATE INDEX index_assessments_trace_id_created_timestamp ON assessments (trace_id, created_timestamp);
CREATE INDEX index_assessments_assessment_type ON assessments (assessment_type);
CREATE INDEX index_assessments_last_updated_timestamp ON assessments (last_updated_timestamp);
CREATE INDEX index_spans_experiment_id_status_type ON spans (experiment_id, status, type);
CREATE INDEX index_spans_experiment_id_start_time ON spans (experiment_id, start_time_unix_nano);
CREATE INDEX index_spans_experiment_id_duration ON spans (experiment_id, duration_ns);
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
