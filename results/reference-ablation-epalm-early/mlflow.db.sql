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
INSERT INTO "experiments" VALUES(0,'Default','/work/exp2/mlruns/0','active',1796244573340,1796244573340,'default');
INSERT INTO "experiments" VALUES(1,'reference-ablations','file:///work/main/runs/reference-ablation-epalm-early/mlartifacts','active',1796244573343,1796244573343,'default');
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
INSERT INTO "latest_metrics" VALUES('params/trainable',1839744.0,1796244575874,0,0,'739bff7a229549a3a4f169cf2111f67d');
INSERT INTO "latest_metrics" VALUES('params/lm',134515008.0,1796244575874,0,0,'739bff7a229549a3a4f169cf2111f67d');
INSERT INTO "latest_metrics" VALUES('params/trainable',1839744.0,1796244577260,0,0,'77a6ab3751ec4f42bc2d6bd04b427d91');
INSERT INTO "latest_metrics" VALUES('params/lm',134515008.0,1796244577260,0,0,'77a6ab3751ec4f42bc2d6bd04b427d91');
INSERT INTO "latest_metrics" VALUES('train/loss',2.42036327719688415527e-01,1796244682642,100,0,'739bff7a229549a3a4f169cf2111f67d');
INSERT INTO "latest_metrics" VALUES('train/lr',1.0e-05,1796244682642,100,0,'739bff7a229549a3a4f169cf2111f67d');
INSERT INTO "latest_metrics" VALUES('train/grad_norm',1.49558198451995849609e+00,1796244682642,100,0,'739bff7a229549a3a4f169cf2111f67d');
INSERT INTO "latest_metrics" VALUES('train/loss',3.69452714920043945312e-01,1796244682144,100,0,'77a6ab3751ec4f42bc2d6bd04b427d91');
INSERT INTO "latest_metrics" VALUES('train/lr',1.0e-05,1796244682144,100,0,'77a6ab3751ec4f42bc2d6bd04b427d91');
INSERT INTO "latest_metrics" VALUES('train/grad_norm',1.34859764575958251953e+00,1796244682144,100,0,'77a6ab3751ec4f42bc2d6bd04b427d91');
INSERT INTO "latest_metrics" VALUES('test/vqa_accuracy',72.2,1796244709819,100,0,'77a6ab3751ec4f42bc2d6bd04b427d91');
INSERT INTO "latest_metrics" VALUES('test/vqa_accuracy_unrounded',72.2,1796244709819,100,0,'77a6ab3751ec4f42bc2d6bd04b427d91');
INSERT INTO "latest_metrics" VALUES('test/vqa_accuracy/yes/no',78.96,1796244709819,100,0,'77a6ab3751ec4f42bc2d6bd04b427d91');
INSERT INTO "latest_metrics" VALUES('test/vqa_accuracy_unrounded/yes/no',7.896253602305475283e+01,1796244709819,100,0,'77a6ab3751ec4f42bc2d6bd04b427d91');
INSERT INTO "latest_metrics" VALUES('test/vqa_accuracy/question_type/yes/no',78.96,1796244709819,100,0,'77a6ab3751ec4f42bc2d6bd04b427d91');
INSERT INTO "latest_metrics" VALUES('test/vqa_accuracy_unrounded/question_type/yes/no',7.896253602305475283e+01,1796244709819,100,0,'77a6ab3751ec4f42bc2d6bd04b427d91');
INSERT INTO "latest_metrics" VALUES('test/vqa_accuracy/other',56.86,1796244709819,100,0,'77a6ab3751ec4f42bc2d6bd04b427d91');
INSERT INTO "latest_metrics" VALUES('test/vqa_accuracy_unrounded/other',5.68627450980392126203e+01,1796244709819,100,0,'77a6ab3751ec4f42bc2d6bd04b427d91');
INSERT INTO "latest_metrics" VALUES('test/vqa_accuracy/question_type/shape',94.81,1796244709819,100,0,'77a6ab3751ec4f42bc2d6bd04b427d91');
INSERT INTO "latest_metrics" VALUES('test/vqa_accuracy_unrounded/question_type/shape',94.8051948051948,1796244709819,100,0,'77a6ab3751ec4f42bc2d6bd04b427d91');
INSERT INTO "latest_metrics" VALUES('test/vqa_accuracy/question_type/color',18.42,1796244709819,100,0,'77a6ab3751ec4f42bc2d6bd04b427d91');
INSERT INTO "latest_metrics" VALUES('test/vqa_accuracy_unrounded/question_type/color',1.84210526315789486773e+01,1796244709819,100,0,'77a6ab3751ec4f42bc2d6bd04b427d91');
INSERT INTO "latest_metrics" VALUES('time/features_s',1.89184265000221785157e-01,1796244709819,100,0,'77a6ab3751ec4f42bc2d6bd04b427d91');
INSERT INTO "latest_metrics" VALUES('time/lm_load_s',2.26679840998258441686e-01,1796244709819,100,0,'77a6ab3751ec4f42bc2d6bd04b427d91');
INSERT INTO "latest_metrics" VALUES('time/train_s',1.04933336576999863614e+02,1796244709819,100,0,'77a6ab3751ec4f42bc2d6bd04b427d91');
INSERT INTO "latest_metrics" VALUES('time/train_step_s',1.04520018189919716711e+00,1796244709819,100,0,'77a6ab3751ec4f42bc2d6bd04b427d91');
INSERT INTO "latest_metrics" VALUES('time/eval_s',2.71694952369944076053e+01,1796244709819,100,0,'77a6ab3751ec4f42bc2d6bd04b427d91');
INSERT INTO "latest_metrics" VALUES('time/eval_example_s',5.43389904739888171536e-02,1796244709819,100,0,'77a6ab3751ec4f42bc2d6bd04b427d91');
INSERT INTO "latest_metrics" VALUES('time/total_s',1.3333117791800032137e+02,1796244709819,100,0,'77a6ab3751ec4f42bc2d6bd04b427d91');
INSERT INTO "latest_metrics" VALUES('test/vqa_accuracy',68.4,1796244710073,100,0,'739bff7a229549a3a4f169cf2111f67d');
INSERT INTO "latest_metrics" VALUES('test/vqa_accuracy_unrounded',68.4,1796244710073,100,0,'739bff7a229549a3a4f169cf2111f67d');
INSERT INTO "latest_metrics" VALUES('test/vqa_accuracy/yes/no',71.76,1796244710073,100,0,'739bff7a229549a3a4f169cf2111f67d');
INSERT INTO "latest_metrics" VALUES('test/vqa_accuracy_unrounded/yes/no',71.7579250720461,1796244710073,100,0,'739bff7a229549a3a4f169cf2111f67d');
INSERT INTO "latest_metrics" VALUES('test/vqa_accuracy/question_type/yes/no',71.76,1796244710073,100,0,'739bff7a229549a3a4f169cf2111f67d');
INSERT INTO "latest_metrics" VALUES('test/vqa_accuracy_unrounded/question_type/yes/no',71.7579250720461,1796244710073,100,0,'739bff7a229549a3a4f169cf2111f67d');
INSERT INTO "latest_metrics" VALUES('test/vqa_accuracy/other',60.78,1796244710073,100,0,'739bff7a229549a3a4f169cf2111f67d');
INSERT INTO "latest_metrics" VALUES('test/vqa_accuracy_unrounded/other',6.07843137254901932919e+01,1796244710073,100,0,'739bff7a229549a3a4f169cf2111f67d');
INSERT INTO "latest_metrics" VALUES('test/vqa_accuracy/question_type/shape',100.0,1796244710073,100,0,'739bff7a229549a3a4f169cf2111f67d');
INSERT INTO "latest_metrics" VALUES('test/vqa_accuracy_unrounded/question_type/shape',100.0,1796244710073,100,0,'739bff7a229549a3a4f169cf2111f67d');
INSERT INTO "latest_metrics" VALUES('test/vqa_accuracy/question_type/color',21.05,1796244710073,100,0,'739bff7a229549a3a4f169cf2111f67d');
INSERT INTO "latest_metrics" VALUES('test/vqa_accuracy_unrounded/question_type/color',2.10526315789473699173e+01,1796244710073,100,0,'739bff7a229549a3a4f169cf2111f67d');
INSERT INTO "latest_metrics" VALUES('time/features_s',1.91302195002208463847e-01,1796244710073,100,0,'739bff7a229549a3a4f169cf2111f67d');
INSERT INTO "latest_metrics" VALUES('time/lm_load_s',2.34905618999619036912e-01,1796244710073,100,0,'739bff7a229549a3a4f169cf2111f67d');
INSERT INTO "latest_metrics" VALUES('time/train_s',1.06812508299997716671e+02,1796244710073,100,0,'739bff7a229549a3a4f169cf2111f67d');
INSERT INTO "latest_metrics" VALUES('time/train_step_s',1.05799138092896272134e+00,1796244710073,100,0,'739bff7a229549a3a4f169cf2111f67d');
INSERT INTO "latest_metrics" VALUES('time/eval_s',27.3592826469976,1796244710073,100,0,'739bff7a229549a3a4f169cf2111f67d');
INSERT INTO "latest_metrics" VALUES('time/eval_example_s',0.0547185652939952,1796244710073,100,0,'739bff7a229549a3a4f169cf2111f67d');
INSERT INTO "latest_metrics" VALUES('time/total_s',1.36484051942003134169e+02,1796244710073,100,0,'739bff7a229549a3a4f169cf2111f67d');
INSERT INTO "latest_metrics" VALUES('ood/easy-vqa/gaussian_noise-3/vqa_accuracy',66.6,1796244739249,0,0,'77a6ab3751ec4f42bc2d6bd04b427d91');
INSERT INTO "latest_metrics" VALUES('ood/easy-vqa/gaussian_noise-3/vqa_accuracy',59.8,1796244739377,0,0,'739bff7a229549a3a4f169cf2111f67d');
INSERT INTO "latest_metrics" VALUES('ima/ima',1.26228316603851586918e-01,1796244754307,0,0,'77a6ab3751ec4f42bc2d6bd04b427d91');
INSERT INTO "latest_metrics" VALUES('ima/ima0',3.2647182808244350205e-02,1796244754307,0,0,'77a6ab3751ec4f42bc2d6bd04b427d91');
INSERT INTO "latest_metrics" VALUES('ima/matched',1.27292448391091272963e-01,1796244754307,0,0,'77a6ab3751ec4f42bc2d6bd04b427d91');
INSERT INTO "latest_metrics" VALUES('ima/pp',9.14137963232794614754e-01,1796244754307,0,0,'77a6ab3751ec4f42bc2d6bd04b427d91');
INSERT INTO "latest_metrics" VALUES('ima/tt',9.65965673135026681173e-01,1796244754307,0,0,'77a6ab3751ec4f42bc2d6bd04b427d91');
INSERT INTO "latest_metrics" VALUES('ima/ima',2.47089024164357878854e-01,1796244754554,0,0,'739bff7a229549a3a4f169cf2111f67d');
INSERT INTO "latest_metrics" VALUES('ima/ima0',2.80093436057756925428e-02,1796244754554,0,0,'739bff7a229549a3a4f169cf2111f67d');
INSERT INTO "latest_metrics" VALUES('ima/matched',0.247975954831341,1796244754554,0,0,'739bff7a229549a3a4f169cf2111f67d');
INSERT INTO "latest_metrics" VALUES('ima/pp',9.02451867887635539311e-01,1796244754554,0,0,'739bff7a229549a3a4f169cf2111f67d');
INSERT INTO "latest_metrics" VALUES('ima/tt',9.62271619199061123417e-01,1796244754554,0,0,'739bff7a229549a3a4f169cf2111f67d');
INSERT INTO "latest_metrics" VALUES('params/trainable',1839744.0,1796244755646,0,0,'2f60e9e2ac3d4c6fb88d6069ddd04778');
INSERT INTO "latest_metrics" VALUES('params/lm',134515008.0,1796244755646,0,0,'2f60e9e2ac3d4c6fb88d6069ddd04778');
INSERT INTO "latest_metrics" VALUES('train/loss',4.36221033334732055664e-01,1796244858258,100,0,'2f60e9e2ac3d4c6fb88d6069ddd04778');
INSERT INTO "latest_metrics" VALUES('train/lr',1.0e-05,1796244858258,100,0,'2f60e9e2ac3d4c6fb88d6069ddd04778');
INSERT INTO "latest_metrics" VALUES('train/grad_norm',1.77154862880706787109e+00,1796244858258,100,0,'2f60e9e2ac3d4c6fb88d6069ddd04778');
INSERT INTO "latest_metrics" VALUES('test/vqa_accuracy',72.8,1796244884109,100,0,'2f60e9e2ac3d4c6fb88d6069ddd04778');
INSERT INTO "latest_metrics" VALUES('test/vqa_accuracy_unrounded',72.8,1796244884109,100,0,'2f60e9e2ac3d4c6fb88d6069ddd04778');
INSERT INTO "latest_metrics" VALUES('test/vqa_accuracy/yes/no',79.54,1796244884109,100,0,'2f60e9e2ac3d4c6fb88d6069ddd04778');
INSERT INTO "latest_metrics" VALUES('test/vqa_accuracy_unrounded/yes/no',7.95389048991354457012e+01,1796244884109,100,0,'2f60e9e2ac3d4c6fb88d6069ddd04778');
INSERT INTO "latest_metrics" VALUES('test/vqa_accuracy/question_type/yes/no',79.54,1796244884109,100,0,'2f60e9e2ac3d4c6fb88d6069ddd04778');
INSERT INTO "latest_metrics" VALUES('test/vqa_accuracy_unrounded/question_type/yes/no',7.95389048991354457012e+01,1796244884109,100,0,'2f60e9e2ac3d4c6fb88d6069ddd04778');
INSERT INTO "latest_metrics" VALUES('test/vqa_accuracy/other',57.52,1796244884109,100,0,'2f60e9e2ac3d4c6fb88d6069ddd04778');
INSERT INTO "latest_metrics" VALUES('test/vqa_accuracy_unrounded/other',5.75163398692810474716e+01,1796244884109,100,0,'2f60e9e2ac3d4c6fb88d6069ddd04778');
INSERT INTO "latest_metrics" VALUES('test/vqa_accuracy/question_type/shape',97.4,1796244884109,100,0,'2f60e9e2ac3d4c6fb88d6069ddd04778');
INSERT INTO "latest_metrics" VALUES('test/vqa_accuracy_unrounded/question_type/shape',9.74025974025974079512e+01,1796244884109,100,0,'2f60e9e2ac3d4c6fb88d6069ddd04778');
INSERT INTO "latest_metrics" VALUES('test/vqa_accuracy/question_type/color',17.11,1796244884109,100,0,'2f60e9e2ac3d4c6fb88d6069ddd04778');
INSERT INTO "latest_metrics" VALUES('test/vqa_accuracy_unrounded/question_type/color',1.71052631578947362807e+01,1796244884109,100,0,'2f60e9e2ac3d4c6fb88d6069ddd04778');
INSERT INTO "latest_metrics" VALUES('time/features_s',0.208241189000546,1796244884109,100,0,'2f60e9e2ac3d4c6fb88d6069ddd04778');
INSERT INTO "latest_metrics" VALUES('time/lm_load_s',5.88464377993659581989e-01,1796244884109,100,0,'2f60e9e2ac3d4c6fb88d6069ddd04778');
INSERT INTO "latest_metrics" VALUES('time/train_s',1.026695403220001026e+02,1796244884109,100,0,'2f60e9e2ac3d4c6fb88d6069ddd04778');
INSERT INTO "latest_metrics" VALUES('time/train_step_s',1.02391772552514193073e+00,1796244884109,100,0,'2f60e9e2ac3d4c6fb88d6069ddd04778');
INSERT INTO "latest_metrics" VALUES('time/eval_s',2.57667727119987830528e+01,1796244884109,100,0,'2f60e9e2ac3d4c6fb88d6069ddd04778');
INSERT INTO "latest_metrics" VALUES('time/eval_example_s',5.15335454239975662704e-02,1796244884109,100,0,'2f60e9e2ac3d4c6fb88d6069ddd04778');
INSERT INTO "latest_metrics" VALUES('time/total_s',129.625490051003,1796244884109,100,0,'2f60e9e2ac3d4c6fb88d6069ddd04778');
INSERT INTO "latest_metrics" VALUES('ood/easy-vqa/gaussian_noise-3/vqa_accuracy',68.2,1796244910791,0,0,'2f60e9e2ac3d4c6fb88d6069ddd04778');
INSERT INTO "latest_metrics" VALUES('ima/ima',1.45249530914688895766e-01,1796244924353,0,0,'2f60e9e2ac3d4c6fb88d6069ddd04778');
INSERT INTO "latest_metrics" VALUES('ima/ima0',2.3938335909142729671e-03,1796244924353,0,0,'2f60e9e2ac3d4c6fb88d6069ddd04778');
INSERT INTO "latest_metrics" VALUES('ima/matched',1.47114638302427297444e-01,1796244924353,0,0,'2f60e9e2ac3d4c6fb88d6069ddd04778');
INSERT INTO "latest_metrics" VALUES('ima/pp',0.868752154618682,1796244924353,0,0,'2f60e9e2ac3d4c6fb88d6069ddd04778');
INSERT INTO "latest_metrics" VALUES('ima/tt',9.63327015475848424941e-01,1796244924353,0,0,'2f60e9e2ac3d4c6fb88d6069ddd04778');
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
INSERT INTO "metrics" VALUES('params/trainable',1839744.0,1796244575874,'739bff7a229549a3a4f169cf2111f67d',0,0);
INSERT INTO "metrics" VALUES('params/lm',134515008.0,1796244575874,'739bff7a229549a3a4f169cf2111f67d',0,0);
INSERT INTO "metrics" VALUES('params/trainable',1839744.0,1796244577260,'77a6ab3751ec4f42bc2d6bd04b427d91',0,0);
INSERT INTO "metrics" VALUES('params/lm',134515008.0,1796244577260,'77a6ab3751ec4f42bc2d6bd04b427d91',0,0);
INSERT INTO "metrics" VALUES('train/loss',1.42921602725982666015e+00,1796244587051,'739bff7a229549a3a4f169cf2111f67d',10,0);
INSERT INTO "metrics" VALUES('train/lr',0.001,1796244587051,'739bff7a229549a3a4f169cf2111f67d',10,0);
INSERT INTO "metrics" VALUES('train/grad_norm',1.812066650390625e+01,1796244587051,'739bff7a229549a3a4f169cf2111f67d',10,0);
INSERT INTO "metrics" VALUES('train/loss',1.9690113067626953125e+00,1796244587686,'77a6ab3751ec4f42bc2d6bd04b427d91',10,0);
INSERT INTO "metrics" VALUES('train/lr',0.001,1796244587686,'77a6ab3751ec4f42bc2d6bd04b427d91',10,0);
INSERT INTO "metrics" VALUES('train/grad_norm',2.83016452789306640616e+01,1796244587686,'77a6ab3751ec4f42bc2d6bd04b427d91',10,0);
INSERT INTO "metrics" VALUES('train/loss',6.47789239883422851562e-01,1796244597719,'739bff7a229549a3a4f169cf2111f67d',20,0);
INSERT INTO "metrics" VALUES('train/lr',9.70147847289024728434e-04,1796244597719,'739bff7a229549a3a4f169cf2111f67d',20,0);
INSERT INTO "metrics" VALUES('train/grad_norm',7.206722259521484375e+00,1796244597719,'739bff7a229549a3a4f169cf2111f67d',20,0);
INSERT INTO "metrics" VALUES('train/loss',0.897996187210083,1796244598002,'77a6ab3751ec4f42bc2d6bd04b427d91',20,0);
INSERT INTO "metrics" VALUES('train/lr',9.70147847289024728434e-04,1796244598002,'77a6ab3751ec4f42bc2d6bd04b427d91',20,0);
INSERT INTO "metrics" VALUES('train/grad_norm',5.01081800460815429687e+00,1796244598002,'77a6ab3751ec4f42bc2d6bd04b427d91',20,0);
INSERT INTO "metrics" VALUES('train/loss',9.90074813365936279296e-01,1796244608123,'77a6ab3751ec4f42bc2d6bd04b427d91',30,0);
INSERT INTO "metrics" VALUES('train/lr',8.84191999343894086994e-04,1796244608123,'77a6ab3751ec4f42bc2d6bd04b427d91',30,0);
INSERT INTO "metrics" VALUES('train/grad_norm',3.20532321929931640625e+00,1796244608123,'77a6ab3751ec4f42bc2d6bd04b427d91',30,0);
INSERT INTO "metrics" VALUES('train/loss',1.12791407108306884765e+00,1796244608273,'739bff7a229549a3a4f169cf2111f67d',30,0);
INSERT INTO "metrics" VALUES('train/lr',8.84191999343894086994e-04,1796244608273,'739bff7a229549a3a4f169cf2111f67d',30,0);
INSERT INTO "metrics" VALUES('train/grad_norm',1.45895452499389648441e+01,1796244608273,'739bff7a229549a3a4f169cf2111f67d',30,0);
INSERT INTO "metrics" VALUES('train/loss',4.52047824859619140625e-01,1796244618284,'77a6ab3751ec4f42bc2d6bd04b427d91',40,0);
INSERT INTO "metrics" VALUES('train/lr',7.52499999999999913749e-04,1796244618284,'77a6ab3751ec4f42bc2d6bd04b427d91',40,0);
INSERT INTO "metrics" VALUES('train/grad_norm',2.30218601226806640625e+00,1796244618284,'77a6ab3751ec4f42bc2d6bd04b427d91',40,0);
INSERT INTO "metrics" VALUES('train/loss',9.30189013481140136718e-01,1796244618806,'739bff7a229549a3a4f169cf2111f67d',40,0);
INSERT INTO "metrics" VALUES('train/lr',7.52499999999999913749e-04,1796244618806,'739bff7a229549a3a4f169cf2111f67d',40,0);
INSERT INTO "metrics" VALUES('train/grad_norm',2.682155609130859375e+00,1796244618806,'739bff7a229549a3a4f169cf2111f67d',40,0);
INSERT INTO "metrics" VALUES('train/loss',3.25129240751266479492e-01,1796244628405,'77a6ab3751ec4f42bc2d6bd04b427d91',50,0);
INSERT INTO "metrics" VALUES('train/lr',5.90955847945130556542e-04,1796244628405,'77a6ab3751ec4f42bc2d6bd04b427d91',50,0);
INSERT INTO "metrics" VALUES('train/grad_norm',1.5597248077392578125e+00,1796244628405,'77a6ab3751ec4f42bc2d6bd04b427d91',50,0);
INSERT INTO "metrics" VALUES('train/loss',6.95770144462585449218e-01,1796244629394,'739bff7a229549a3a4f169cf2111f67d',50,0);
INSERT INTO "metrics" VALUES('train/lr',5.90955847945130556542e-04,1796244629394,'739bff7a229549a3a4f169cf2111f67d',50,0);
INSERT INTO "metrics" VALUES('train/grad_norm',2.78577065467834472656e+00,1796244629394,'739bff7a229549a3a4f169cf2111f67d',50,0);
INSERT INTO "metrics" VALUES('train/loss',6.80552005767822265625e-01,1796244639134,'77a6ab3751ec4f42bc2d6bd04b427d91',60,0);
INSERT INTO "metrics" VALUES('train/lr',4.19044152054869490503e-04,1796244639134,'77a6ab3751ec4f42bc2d6bd04b427d91',60,0);
INSERT INTO "metrics" VALUES('train/grad_norm',2.15523552894592285156e+00,1796244639134,'77a6ab3751ec4f42bc2d6bd04b427d91',60,0);
INSERT INTO "metrics" VALUES('train/loss',3.9783725142478942871e-01,1796244640006,'739bff7a229549a3a4f169cf2111f67d',60,0);
INSERT INTO "metrics" VALUES('train/lr',4.19044152054869490503e-04,1796244640006,'739bff7a229549a3a4f169cf2111f67d',60,0);
INSERT INTO "metrics" VALUES('train/grad_norm',2.29443311691284179687e+00,1796244640006,'739bff7a229549a3a4f169cf2111f67d',60,0);
INSERT INTO "metrics" VALUES('train/loss',4.50818836688995361328e-01,1796244649830,'77a6ab3751ec4f42bc2d6bd04b427d91',70,0);
INSERT INTO "metrics" VALUES('train/lr',2.57500000000000133296e-04,1796244649830,'77a6ab3751ec4f42bc2d6bd04b427d91',70,0);
INSERT INTO "metrics" VALUES('train/grad_norm',2.03539180755615234375e+00,1796244649830,'77a6ab3751ec4f42bc2d6bd04b427d91',70,0);
INSERT INTO "metrics" VALUES('train/loss',6.36854469776153564453e-01,1796244651081,'739bff7a229549a3a4f169cf2111f67d',70,0);
INSERT INTO "metrics" VALUES('train/lr',2.57500000000000133296e-04,1796244651081,'739bff7a229549a3a4f169cf2111f67d',70,0);
INSERT INTO "metrics" VALUES('train/grad_norm',3.70187330245971679687e+00,1796244651081,'739bff7a229549a3a4f169cf2111f67d',70,0);
INSERT INTO "metrics" VALUES('train/loss',5.8847713470458984375e-01,1796244660821,'77a6ab3751ec4f42bc2d6bd04b427d91',80,0);
INSERT INTO "metrics" VALUES('train/lr',1.2580800065610596005e-04,1796244660821,'77a6ab3751ec4f42bc2d6bd04b427d91',80,0);
INSERT INTO "metrics" VALUES('train/grad_norm',1.94052195549011230468e+00,1796244660821,'77a6ab3751ec4f42bc2d6bd04b427d91',80,0);
INSERT INTO "metrics" VALUES('train/loss',3.92238110303878784179e-01,1796244662119,'739bff7a229549a3a4f169cf2111f67d',80,0);
INSERT INTO "metrics" VALUES('train/lr',1.2580800065610596005e-04,1796244662119,'739bff7a229549a3a4f169cf2111f67d',80,0);
INSERT INTO "metrics" VALUES('train/grad_norm',1.16172635555267333984e+00,1796244662119,'739bff7a229549a3a4f169cf2111f67d',80,0);
INSERT INTO "metrics" VALUES('train/loss',3.54417204856872558593e-01,1796244672287,'77a6ab3751ec4f42bc2d6bd04b427d91',90,0);
INSERT INTO "metrics" VALUES('train/lr',3.98521527109753863739e-05,1796244672287,'77a6ab3751ec4f42bc2d6bd04b427d91',90,0);
INSERT INTO "metrics" VALUES('train/grad_norm',1.76418077945709228515e+00,1796244672287,'77a6ab3751ec4f42bc2d6bd04b427d91',90,0);
INSERT INTO "metrics" VALUES('train/loss',4.77479755878448486328e-01,1796244672864,'739bff7a229549a3a4f169cf2111f67d',90,0);
INSERT INTO "metrics" VALUES('train/lr',3.98521527109753863739e-05,1796244672864,'739bff7a229549a3a4f169cf2111f67d',90,0);
INSERT INTO "metrics" VALUES('train/grad_norm',1.75758266448974609375e+00,1796244672864,'739bff7a229549a3a4f169cf2111f67d',90,0);
INSERT INTO "metrics" VALUES('train/loss',3.69452714920043945312e-01,1796244682144,'77a6ab3751ec4f42bc2d6bd04b427d91',100,0);
INSERT INTO "metrics" VALUES('train/lr',1.0e-05,1796244682144,'77a6ab3751ec4f42bc2d6bd04b427d91',100,0);
INSERT INTO "metrics" VALUES('train/grad_norm',1.34859764575958251953e+00,1796244682144,'77a6ab3751ec4f42bc2d6bd04b427d91',100,0);
INSERT INTO "metrics" VALUES('train/loss',2.42036327719688415527e-01,1796244682642,'739bff7a229549a3a4f169cf2111f67d',100,0);
INSERT INTO "metrics" VALUES('train/lr',1.0e-05,1796244682642,'739bff7a229549a3a4f169cf2111f67d',100,0);
INSERT INTO "metrics" VALUES('train/grad_norm',1.49558198451995849609e+00,1796244682642,'739bff7a229549a3a4f169cf2111f67d',100,0);
INSERT INTO "metrics" VALUES('test/vqa_accuracy',72.2,1796244709819,'77a6ab3751ec4f42bc2d6bd04b427d91',100,0);
INSERT INTO "metrics" VALUES('test/vqa_accuracy_unrounded',72.2,1796244709819,'77a6ab3751ec4f42bc2d6bd04b427d91',100,0);
INSERT INTO "metrics" VALUES('test/vqa_accuracy/yes/no',78.96,1796244709819,'77a6ab3751ec4f42bc2d6bd04b427d91',100,0);
INSERT INTO "metrics" VALUES('test/vqa_accuracy_unrounded/yes/no',7.896253602305475283e+01,1796244709819,'77a6ab3751ec4f42bc2d6bd04b427d91',100,0);
INSERT INTO "metrics" VALUES('test/vqa_accuracy/question_type/yes/no',78.96,1796244709819,'77a6ab3751ec4f42bc2d6bd04b427d91',100,0);
INSERT INTO "metrics" VALUES('test/vqa_accuracy_unrounded/question_type/yes/no',7.896253602305475283e+01,1796244709819,'77a6ab3751ec4f42bc2d6bd04b427d91',100,0);
INSERT INTO "metrics" VALUES('test/vqa_accuracy/other',56.86,1796244709819,'77a6ab3751ec4f42bc2d6bd04b427d91',100,0);
INSERT INTO "metrics" VALUES('test/vqa_accuracy_unrounded/other',5.68627450980392126203e+01,1796244709819,'77a6ab3751ec4f42bc2d6bd04b427d91',100,0);
INSERT INTO "metrics" VALUES('test/vqa_accuracy/question_type/shape',94.81,1796244709819,'77a6ab3751ec4f42bc2d6bd04b427d91',100,0);
INSERT INTO "metrics" VALUES('test/vqa_accuracy_unrounded/question_type/shape',94.8051948051948,1796244709819,'77a6ab3751ec4f42bc2d6bd04b427d91',100,0);
INSERT INTO "metrics" VALUES('test/vqa_accuracy/question_type/color',18.42,1796244709819,'77a6ab3751ec4f42bc2d6bd04b427d91',100,0);
INSERT INTO "metrics" VALUES('test/vqa_accuracy_unrounded/question_type/color',1.84210526315789486773e+01,1796244709819,'77a6ab3751ec4f42bc2d6bd04b427d91',100,0);
INSERT INTO "metrics" VALUES('time/features_s',1.89184265000221785157e-01,1796244709819,'77a6ab3751ec4f42bc2d6bd04b427d91',100,0);
INSERT INTO "metrics" VALUES('time/lm_load_s',2.26679840998258441686e-01,1796244709819,'77a6ab3751ec4f42bc2d6bd04b427d91',100,0);
INSERT INTO "metrics" VALUES('time/train_s',1.04933336576999863614e+02,1796244709819,'77a6ab3751ec4f42bc2d6bd04b427d91',100,0);
INSERT INTO "metrics" VALUES('time/train_step_s',1.04520018189919716711e+00,1796244709819,'77a6ab3751ec4f42bc2d6bd04b427d91',100,0);
INSERT INTO "metrics" VALUES('time/eval_s',2.71694952369944076053e+01,1796244709819,'77a6ab3751ec4f42bc2d6bd04b427d91',100,0);
INSERT INTO "metrics" VALUES('time/eval_example_s',5.43389904739888171536e-02,1796244709819,'77a6ab3751ec4f42bc2d6bd04b427d91',100,0);
INSERT INTO "metrics" VALUES('time/total_s',1.3333117791800032137e+02,1796244709819,'77a6ab3751ec4f42bc2d6bd04b427d91',100,0);
INSERT INTO "metrics" VALUES('test/vqa_accuracy',68.4,1796244710073,'739bff7a229549a3a4f169cf2111f67d',100,0);
INSERT INTO "metrics" VALUES('test/vqa_accuracy_unrounded',68.4,1796244710073,'739bff7a229549a3a4f169cf2111f67d',100,0);
INSERT INTO "metrics" VALUES('test/vqa_accuracy/yes/no',71.76,1796244710073,'739bff7a229549a3a4f169cf2111f67d',100,0);
INSERT INTO "metrics" VALUES('test/vqa_accuracy_unrounded/yes/no',71.7579250720461,1796244710073,'739bff7a229549a3a4f169cf2111f67d',100,0);
INSERT INTO "metrics" VALUES('test/vqa_accuracy/question_type/yes/no',71.76,1796244710073,'739bff7a229549a3a4f169cf2111f67d',100,0);
INSERT INTO "metrics" VALUES('test/vqa_accuracy_unrounded/question_type/yes/no',71.7579250720461,1796244710073,'739bff7a229549a3a4f169cf2111f67d',100,0);
INSERT INTO "metrics" VALUES('test/vqa_accuracy/other',60.78,1796244710073,'739bff7a229549a3a4f169cf2111f67d',100,0);
INSERT INTO "metrics" VALUES('test/vqa_accuracy_unrounded/other',6.07843137254901932919e+01,1796244710073,'739bff7a229549a3a4f169cf2111f67d',100,0);
INSERT INTO "metrics" VALUES('test/vqa_accuracy/question_type/shape',100.0,1796244710073,'739bff7a229549a3a4f169cf2111f67d',100,0);
INSERT INTO "metrics" VALUES('test/vqa_accuracy_unrounded/question_type/shape',100.0,1796244710073,'739bff7a229549a3a4f169cf2111f67d',100,0);
INSERT INTO "metrics" VALUES('test/vqa_accuracy/question_type/color',21.05,1796244710073,'739bff7a229549a3a4f169cf2111f67d',100,0);
INSERT INTO "metrics" VALUES('test/vqa_accuracy_unrounded/question_type/color',2.10526315789473699173e+01,1796244710073,'739bff7a229549a3a4f169cf2111f67d',100,0);
INSERT INTO "metrics" VALUES('time/features_s',1.91302195002208463847e-01,1796244710073,'739bff7a229549a3a4f169cf2111f67d',100,0);
INSERT INTO "metrics" VALUES('time/lm_load_s',2.34905618999619036912e-01,1796244710073,'739bff7a229549a3a4f169cf2111f67d',100,0);
INSERT INTO "metrics" VALUES('time/train_s',1.06812508299997716671e+02,1796244710073,'739bff7a229549a3a4f169cf2111f67d',100,0);
INSERT INTO "metrics" VALUES('time/train_step_s',1.05799138092896272134e+00,1796244710073,'739bff7a229549a3a4f169cf2111f67d',100,0);
INSERT INTO "metrics" VALUES('time/eval_s',27.3592826469976,1796244710073,'739bff7a229549a3a4f169cf2111f67d',100,0);
INSERT INTO "metrics" VALUES('time/eval_example_s',0.0547185652939952,1796244710073,'739bff7a229549a3a4f169cf2111f67d',100,0);
INSERT INTO "metrics" VALUES('time/total_s',1.36484051942003134169e+02,1796244710073,'739bff7a229549a3a4f169cf2111f67d',100,0);
INSERT INTO "metrics" VALUES('ood/easy-vqa/gaussian_noise-3/vqa_accuracy',66.6,1796244739249,'77a6ab3751ec4f42bc2d6bd04b427d91',0,0);
INSERT INTO "metrics" VALUES('ood/easy-vqa/gaussian_noise-3/vqa_accuracy',59.8,1796244739377,'739bff7a229549a3a4f169cf2111f67d',0,0);
INSERT INTO "metrics" VALUES('ima/ima',1.26228316603851586918e-01,1796244754307,'77a6ab3751ec4f42bc2d6bd04b427d91',0,0);
INSERT INTO "metrics" VALUES('ima/ima0',3.2647182808244350205e-02,1796244754307,'77a6ab3751ec4f42bc2d6bd04b427d91',0,0);
INSERT INTO "metrics" VALUES('ima/matched',1.27292448391091272963e-01,1796244754307,'77a6ab3751ec4f42bc2d6bd04b427d91',0,0);
INSERT INTO "metrics" VALUES('ima/pp',9.14137963232794614754e-01,1796244754307,'77a6ab3751ec4f42bc2d6bd04b427d91',0,0);
INSERT INTO "metrics" VALUES('ima/tt',9.65965673135026681173e-01,1796244754307,'77a6ab3751ec4f42bc2d6bd04b427d91',0,0);
INSERT INTO "metrics" VALUES('ima/ima',2.47089024164357878854e-01,1796244754554,'739bff7a229549a3a4f169cf2111f67d',0,0);
INSERT INTO "metrics" VALUES('ima/ima0',2.80093436057756925428e-02,1796244754554,'739bff7a229549a3a4f169cf2111f67d',0,0);
INSERT INTO "metrics" VALUES('ima/matched',0.247975954831341,1796244754554,'739bff7a229549a3a4f169cf2111f67d',0,0);
INSERT INTO "metrics" VALUES('ima/pp',9.02451867887635539311e-01,1796244754554,'739bff7a229549a3a4f169cf2111f67d',0,0);
INSERT INTO "metrics" VALUES('ima/tt',9.62271619199061123417e-01,1796244754554,'739bff7a229549a3a4f169cf2111f67d',0,0);
INSERT INTO "metrics" VALUES('params/trainable',1839744.0,1796244755646,'2f60e9e2ac3d4c6fb88d6069ddd04778',0,0);
INSERT INTO "metrics" VALUES('params/lm',134515008.0,1796244755646,'2f60e9e2ac3d4c6fb88d6069ddd04778',0,0);
INSERT INTO "metrics" VALUES('train/loss',1.08580732345581054687e+00,1796244765663,'2f60e9e2ac3d4c6fb88d6069ddd04778',10,0);
INSERT INTO "metrics" VALUES('train/lr',0.001,1796244765663,'2f60e9e2ac3d4c6fb88d6069ddd04778',10,0);
INSERT INTO "metrics" VALUES('train/grad_norm',1.27071695327758789058e+01,1796244765663,'2f60e9e2ac3d4c6fb88d6069ddd04778',10,0);
INSERT INTO "metrics" VALUES('train/loss',6.06179833412170410156e-01,1796244775638,'2f60e9e2ac3d4c6fb88d6069ddd04778',20,0);
INSERT INTO "metrics" VALUES('train/lr',9.70147847289024728434e-04,1796244775638,'2f60e9e2ac3d4c6fb88d6069ddd04778',20,0);
INSERT INTO "metrics" VALUES('train/grad_norm',3.73610210418701171875e+00,1796244775638,'2f60e9e2ac3d4c6fb88d6069ddd04778',20,0);
INSERT INTO "metrics" VALUES('train/loss',5.77548265457153320312e-01,1796244785329,'2f60e9e2ac3d4c6fb88d6069ddd04778',30,0);
INSERT INTO "metrics" VALUES('train/lr',8.84191999343894086994e-04,1796244785329,'2f60e9e2ac3d4c6fb88d6069ddd04778',30,0);
INSERT INTO "metrics" VALUES('train/grad_norm',2.06603717803955078125e+00,1796244785329,'2f60e9e2ac3d4c6fb88d6069ddd04778',30,0);
INSERT INTO "metrics" VALUES('train/loss',5.39983987808227539062e-01,1796244795057,'2f60e9e2ac3d4c6fb88d6069ddd04778',40,0);
INSERT INTO "metrics" VALUES('train/lr',7.52499999999999913749e-04,1796244795057,'2f60e9e2ac3d4c6fb88d6069ddd04778',40,0);
INSERT INTO "metrics" VALUES('train/grad_norm',2.14759993553161621093e+00,1796244795057,'2f60e9e2ac3d4c6fb88d6069ddd04778',40,0);
INSERT INTO "metrics" VALUES('train/loss',6.64128065109252929687e-01,1796244805222,'2f60e9e2ac3d4c6fb88d6069ddd04778',50,0);
INSERT INTO "metrics" VALUES('train/lr',5.90955847945130556542e-04,1796244805222,'2f60e9e2ac3d4c6fb88d6069ddd04778',50,0);
INSERT INTO "metrics" VALUES('train/grad_norm',2.21577501296997070312e+00,1796244805222,'2f60e9e2ac3d4c6fb88d6069ddd04778',50,0);
INSERT INTO "metrics" VALUES('train/loss',0.374061644077301,1796244816228,'2f60e9e2ac3d4c6fb88d6069ddd04778',60,0);
INSERT INTO "metrics" VALUES('train/lr',4.19044152054869490503e-04,1796244816228,'2f60e9e2ac3d4c6fb88d6069ddd04778',60,0);
INSERT INTO "metrics" VALUES('train/grad_norm',2.27283191680908203125e+00,1796244816228,'2f60e9e2ac3d4c6fb88d6069ddd04778',60,0);
INSERT INTO "metrics" VALUES('train/loss',0.655573844909668,1796244826879,'2f60e9e2ac3d4c6fb88d6069ddd04778',70,0);
INSERT INTO "metrics" VALUES('train/lr',2.57500000000000133296e-04,1796244826879,'2f60e9e2ac3d4c6fb88d6069ddd04778',70,0);
INSERT INTO "metrics" VALUES('train/grad_norm',2.027027130126953125e+00,1796244826879,'2f60e9e2ac3d4c6fb88d6069ddd04778',70,0);
INSERT INTO "metrics" VALUES('train/loss',3.68030428886413574218e-01,1796244837863,'2f60e9e2ac3d4c6fb88d6069ddd04778',80,0);
INSERT INTO "metrics" VALUES('train/lr',1.2580800065610596005e-04,1796244837863,'2f60e9e2ac3d4c6fb88d6069ddd04778',80,0);
INSERT INTO "metrics" VALUES('train/grad_norm',1.30125570297241210937e+00,1796244837863,'2f60e9e2ac3d4c6fb88d6069ddd04778',80,0);
INSERT INTO "metrics" VALUES('train/loss',2.93391078710556030273e-01,1796244848625,'2f60e9e2ac3d4c6fb88d6069ddd04778',90,0);
INSERT INTO "metrics" VALUES('train/lr',3.98521527109753863739e-05,1796244848625,'2f60e9e2ac3d4c6fb88d6069ddd04778',90,0);
INSERT INTO "metrics" VALUES('train/grad_norm',1.01904857158660888671e+00,1796244848625,'2f60e9e2ac3d4c6fb88d6069ddd04778',90,0);
INSERT INTO "metrics" VALUES('train/loss',4.36221033334732055664e-01,1796244858258,'2f60e9e2ac3d4c6fb88d6069ddd04778',100,0);
INSERT INTO "metrics" VALUES('train/lr',1.0e-05,1796244858258,'2f60e9e2ac3d4c6fb88d6069ddd04778',100,0);
INSERT INTO "metrics" VALUES('train/grad_norm',1.77154862880706787109e+00,1796244858258,'2f60e9e2ac3d4c6fb88d6069ddd04778',100,0);
INSERT INTO "metrics" VALUES('test/vqa_accuracy',72.8,1796244884109,'2f60e9e2ac3d4c6fb88d6069ddd04778',100,0);
INSERT INTO "metrics" VALUES('test/vqa_accuracy_unrounded',72.8,1796244884109,'2f60e9e2ac3d4c6fb88d6069ddd04778',100,0);
INSERT INTO "metrics" VALUES('test/vqa_accuracy/yes/no',79.54,1796244884109,'2f60e9e2ac3d4c6fb88d6069ddd04778',100,0);
INSERT INTO "metrics" VALUES('test/vqa_accuracy_unrounded/yes/no',7.95389048991354457012e+01,1796244884109,'2f60e9e2ac3d4c6fb88d6069ddd04778',100,0);
INSERT INTO "metrics" VALUES('test/vqa_accuracy/question_type/yes/no',79.54,1796244884109,'2f60e9e2ac3d4c6fb88d6069ddd04778',100,0);
INSERT INTO "metrics" VALUES('test/vqa_accuracy_unrounded/question_type/yes/no',7.95389048991354457012e+01,1796244884109,'2f60e9e2ac3d4c6fb88d6069ddd04778',100,0);
INSERT INTO "metrics" VALUES('test/vqa_accuracy/other',57.52,1796244884109,'2f60e9e2ac3d4c6fb88d6069ddd04778',100,0);
INSERT INTO "metrics" VALUES('test/vqa_accuracy_unrounded/other',5.75163398692810474716e+01,1796244884109,'2f60e9e2ac3d4c6fb88d6069ddd04778',100,0);
INSERT INTO "metrics" VALUES('test/vqa_accuracy/question_type/shape',97.4,1796244884109,'2f60e9e2ac3d4c6fb88d6069ddd04778',100,0);
INSERT INTO "metrics" VALUES('test/vqa_accuracy_unrounded/question_type/shape',9.74025974025974079512e+01,1796244884109,'2f60e9e2ac3d4c6fb88d6069ddd04778',100,0);
INSERT INTO "metrics" VALUES('test/vqa_accuracy/question_type/color',17.11,1796244884109,'2f60e9e2ac3d4c6fb88d6069ddd04778',100,0);
INSERT INTO "metrics" VALUES('test/vqa_accuracy_unrounded/question_type/color',1.71052631578947362807e+01,1796244884109,'2f60e9e2ac3d4c6fb88d6069ddd04778',100,0);
INSERT INTO "metrics" VALUES('time/features_s',0.208241189000546,1796244884109,'2f60e9e2ac3d4c6fb88d6069ddd04778',100,0);
INSERT INTO "metrics" VALUES('time/lm_load_s',5.88464377993659581989e-01,1796244884109,'2f60e9e2ac3d4c6fb88d6069ddd04778',100,0);
INSERT INTO "metrics" VALUES('time/train_s',1.026695403220001026e+02,1796244884109,'2f60e9e2ac3d4c6fb88d6069ddd04778',100,0);
INSERT INTO "metrics" VALUES('time/train_step_s',1.02391772552514193073e+00,1796244884109,'2f60e9e2ac3d4c6fb88d6069ddd04778',100,0);
INSERT INTO "metrics" VALUES('time/eval_s',2.57667727119987830528e+01,1796244884109,'2f60e9e2ac3d4c6fb88d6069ddd04778',100,0);
INSERT INTO "metrics" VALUES('time/eval_example_s',5.15335454239975662704e-02,1796244884109,'2f60e9e2ac3d4c6fb88d6069ddd04778',100,0);
INSERT INTO "metrics" VALUES('time/total_s',129.625490051003,1796244884109,'2f60e9e2ac3d4c6fb88d6069ddd04778',100,0);
INSERT INTO "metrics" VALUES('ood/easy-vqa/gaussian_noise-3/vqa_accuracy',68.2,1796244910791,'2f60e9e2ac3d4c6fb88d6069ddd04778',0,0);
INSERT INTO "metrics" VALUES('ima/ima',1.45249530914688895766e-01,1796244924353,'2f60e9e2ac3d4c6fb88d6069ddd04778',0,0);
INSERT INTO "metrics" VALUES('ima/ima0',2.3938335909142729671e-03,1796244924353,'2f60e9e2ac3d4c6fb88d6069ddd04778',0,0);
INSERT INTO "metrics" VALUES('ima/matched',1.47114638302427297444e-01,1796244924353,'2f60e9e2ac3d4c6fb88d6069ddd04778',0,0);
INSERT INTO "metrics" VALUES('ima/pp',0.868752154618682,1796244924353,'2f60e9e2ac3d4c6fb88d6069ddd04778',0,0);
INSERT INTO "metrics" VALUES('ima/tt',9.63327015475848424941e-01,1796244924353,'2f60e9e2ac3d4c6fb88d6069ddd04778',0,0);
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
INSERT INTO "params" VALUES('sweep.name','reference-ablation-epalm-early','805562123396429993c3be7d38f05075');
INSERT INTO "params" VALUES('sweep.experiment','reference-ablations','805562123396429993c3be7d38f05075');
INSERT INTO "params" VALUES('sweep.output_dir','runs/reference-ablation-epalm-early','805562123396429993c3be7d38f05075');
INSERT INTO "params" VALUES('sweep.storage','None','805562123396429993c3be7d38f05075');
INSERT INTO "params" VALUES('sweep.tracking_uri','None','805562123396429993c3be7d38f05075');
INSERT INTO "params" VALUES('sweep.config','None','805562123396429993c3be7d38f05075');
INSERT INTO "params" VALUES('sweep.base.train.steps','100','805562123396429993c3be7d38f05075');
INSERT INTO "params" VALUES('sweep.base.train.batch_size','16','805562123396429993c3be7d38f05075');
INSERT INTO "params" VALUES('sweep.base.train.eval_every','0','805562123396429993c3be7d38f05075');
INSERT INTO "params" VALUES('sweep.base.eval.max_examples','500','805562123396429993c3be7d38f05075');
INSERT INTO "params" VALUES('sweep.set','[]','805562123396429993c3be7d38f05075');
INSERT INTO "params" VALUES('sweep.method_options.epalm.injection_layers','[0, 1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11]','805562123396429993c3be7d38f05075');
INSERT INTO "params" VALUES('sweep.tuned','runs/reference-tune','805562123396429993c3be7d38f05075');
INSERT INTO "params" VALUES('sweep.grids','[{"seed": [0, 1, 2], "method": ["epalm"], "task": ["easy-vqa"], "lm": ["smollm2-135m"], "encoder": ["efficientnet-lite0"], "data_fraction": [0.1]}]','805562123396429993c3be7d38f05075');
INSERT INTO "params" VALUES('sweep.evaluate_on.easy-vqa','["easy-vqa@gaussian_noise-3"]','805562123396429993c3be7d38f05075');
INSERT INTO "params" VALUES('sweep.ima.examples','200','805562123396429993c3be7d38f05075');
INSERT INTO "params" VALUES('sweep.cells','3','805562123396429993c3be7d38f05075');
INSERT INTO "params" VALUES('config.method','epalm','739bff7a229549a3a4f169cf2111f67d');
INSERT INTO "params" VALUES('config.task','easy-vqa','739bff7a229549a3a4f169cf2111f67d');
INSERT INTO "params" VALUES('config.lm','smollm2-135m','739bff7a229549a3a4f169cf2111f67d');
INSERT INTO "params" VALUES('config.encoder','efficientnet-lite0','739bff7a229549a3a4f169cf2111f67d');
INSERT INTO "params" VALUES('config.seed','0','739bff7a229549a3a4f169cf2111f67d');
INSERT INTO "params" VALUES('config.output_dir','runs/reference-ablation-epalm-early','739bff7a229549a3a4f169cf2111f67d');
INSERT INTO "params" VALUES('config.run_name','epalm_easy-vqa_smollm2-135m_efficientnet-lite0_f0.1_s0','739bff7a229549a3a4f169cf2111f67d');
INSERT INTO "params" VALUES('config.cache_dir','None','739bff7a229549a3a4f169cf2111f67d');
INSERT INTO "params" VALUES('config.tracking_uri','sqlite:////work/main/runs/reference-ablation-epalm-early/mlflow.db','739bff7a229549a3a4f169cf2111f67d');
INSERT INTO "params" VALUES('config.experiment','reference-ablations','739bff7a229549a3a4f169cf2111f67d');
INSERT INTO "params" VALUES('config.recipe','shared','739bff7a229549a3a4f169cf2111f67d');
INSERT INTO "params" VALUES('config.method_options.injection_layers','[0, 1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11]','739bff7a229549a3a4f169cf2111f67d');
INSERT INTO "params" VALUES('config.train.steps','100','739bff7a229549a3a4f169cf2111f67d');
INSERT INTO "params" VALUES('config.train.batch_size','16','739bff7a229549a3a4f169cf2111f67d');
INSERT INTO "params" VALUES('config.train.grad_accum','1','739bff7a229549a3a4f169cf2111f67d');
INSERT INTO "params" VALUES('config.train.lr','0.001','739bff7a229549a3a4f169cf2111f67d');
INSERT INTO "params" VALUES('config.train.min_lr','1e-05','739bff7a229549a3a4f169cf2111f67d');
INSERT INTO "params" VALUES('config.train.weight_decay','0.02','739bff7a229549a3a4f169cf2111f67d');
INSERT INTO "params" VALUES('config.train.warmup_steps','10','739bff7a229549a3a4f169cf2111f67d');
INSERT INTO "params" VALUES('config.train.grad_clip','1.0','739bff7a229549a3a4f169cf2111f67d');
INSERT INTO "params" VALUES('config.train.precision','bf16','739bff7a229549a3a4f169cf2111f67d');
INSERT INTO "params" VALUES('config.train.eval_every','0','739bff7a229549a3a4f169cf2111f67d');
INSERT INTO "params" VALUES('config.train.log_every','10','739bff7a229549a3a4f169cf2111f67d');
INSERT INTO "params" VALUES('config.train.checkpoint_every','50','739bff7a229549a3a4f169cf2111f67d');
INSERT INTO "params" VALUES('config.train.loss_reduction','token_mean','739bff7a229549a3a4f169cf2111f67d');
INSERT INTO "params" VALUES('config.train.loss_weight','1.0','739bff7a229549a3a4f169cf2111f67d');
INSERT INTO "params" VALUES('config.train.betas','[0.9, 0.999]','739bff7a229549a3a4f169cf2111f67d');
INSERT INTO "params" VALUES('config.train.eps','1e-08','739bff7a229549a3a4f169cf2111f67d');
INSERT INTO "params" VALUES('config.train.schedule','cosine','739bff7a229549a3a4f169cf2111f67d');
INSERT INTO "params" VALUES('config.train.param_groups','[]','739bff7a229549a3a4f169cf2111f67d');
INSERT INTO "params" VALUES('config.train.loss_tokens','answer','739bff7a229549a3a4f169cf2111f67d');
INSERT INTO "params" VALUES('config.train.label_smoothing','0.0','739bff7a229549a3a4f169cf2111f67d');
INSERT INTO "params" VALUES('config.train.lm_dropout','False','739bff7a229549a3a4f169cf2111f67d');
INSERT INTO "params" VALUES('config.eval.batch_size','64','739bff7a229549a3a4f169cf2111f67d');
INSERT INTO "params" VALUES('config.eval.max_new_tokens','5','739bff7a229549a3a4f169cf2111f67d');
INSERT INTO "params" VALUES('config.eval.num_beams','1','739bff7a229549a3a4f169cf2111f67d');
INSERT INTO "params" VALUES('config.eval.length_penalty','1.0','739bff7a229549a3a4f169cf2111f67d');
INSERT INTO "params" VALUES('config.eval.max_examples','500','739bff7a229549a3a4f169cf2111f67d');
INSERT INTO "params" VALUES('config.eval.val_max_examples','200','739bff7a229549a3a4f169cf2111f67d');
INSERT INTO "params" VALUES('config.data.fraction','0.1','739bff7a229549a3a4f169cf2111f67d');
INSERT INTO "params" VALUES('config.data.data_dir','None','739bff7a229549a3a4f169cf2111f67d');
INSERT INTO "params" VALUES('config.data.val_images','0.1','739bff7a229549a3a4f169cf2111f67d');
INSERT INTO "params" VALUES('config.data.eval_split','None','739bff7a229549a3a4f169cf2111f67d');
INSERT INTO "params" VALUES('config.data.missing_media','error','739bff7a229549a3a4f169cf2111f67d');
INSERT INTO "params" VALUES('config.data.variant','None','739bff7a229549a3a4f169cf2111f67d');
INSERT INTO "params" VALUES('config.data.augment_views','0','739bff7a229549a3a4f169cf2111f67d');
INSERT INTO "params" VALUES('config.data.augmentations','[]','739bff7a229549a3a4f169cf2111f67d');
INSERT INTO "params" VALUES('config.data.feature_norm','auto','739bff7a229549a3a4f169cf2111f67d');
INSERT INTO "params" VALUES('method_config.num_layer_tokens','6','739bff7a229549a3a4f169cf2111f67d');
INSERT INTO "params" VALUES('method_config.shared_connector','False','739bff7a229549a3a4f169cf2111f67d');
INSERT INTO "params" VALUES('method_config.prompt_length','10','739bff7a229549a3a4f169cf2111f67d');
INSERT INTO "params" VALUES('method_config.prompt_mlp','True','739bff7a229549a3a4f169cf2111f67d');
INSERT INTO "params" VALUES('method_config.num_injection_layers','12','739bff7a229549a3a4f169cf2111f67d');
INSERT INTO "params" VALUES('method_config.injection_end_offset','2','739bff7a229549a3a4f169cf2111f67d');
INSERT INTO "params" VALUES('method_config.injection_layers','[0, 1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11]','739bff7a229549a3a4f169cf2111f67d');
INSERT INTO "params" VALUES('config.method','epalm','77a6ab3751ec4f42bc2d6bd04b427d91');
INSERT INTO "params" VALUES('config.task','easy-vqa','77a6ab3751ec4f42bc2d6bd04b427d91');
INSERT INTO "params" VALUES('config.lm','smollm2-135m','77a6ab3751ec4f42bc2d6bd04b427d91');
INSERT INTO "params" VALUES('config.encoder','efficientnet-lite0','77a6ab3751ec4f42bc2d6bd04b427d91');
INSERT INTO "params" VALUES('config.seed','1','77a6ab3751ec4f42bc2d6bd04b427d91');
INSERT INTO "params" VALUES('config.output_dir','runs/reference-ablation-epalm-early','77a6ab3751ec4f42bc2d6bd04b427d91');
INSERT INTO "params" VALUES('config.run_name','epalm_easy-vqa_smollm2-135m_efficientnet-lite0_f0.1_s1','77a6ab3751ec4f42bc2d6bd04b427d91');
INSERT INTO "params" VALUES('config.cache_dir','None','77a6ab3751ec4f42bc2d6bd04b427d91');
INSERT INTO "params" VALUES('config.tracking_uri','sqlite:////work/main/runs/reference-ablation-epalm-early/mlflow.db','77a6ab3751ec4f42bc2d6bd04b427d91');
INSERT INTO "params" VALUES('config.experiment','reference-ablations','77a6ab3751ec4f42bc2d6bd04b427d91');
INSERT INTO "params" VALUES('config.recipe','shared','77a6ab3751ec4f42bc2d6bd04b427d91');
INSERT INTO "params" VALUES('config.method_options.injection_layers','[0, 1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11]','77a6ab3751ec4f42bc2d6bd04b427d91');
INSERT INTO "params" VALUES('config.train.steps','100','77a6ab3751ec4f42bc2d6bd04b427d91');
INSERT INTO "params" VALUES('config.train.batch_size','16','77a6ab3751ec4f42bc2d6bd04b427d91');
INSERT INTO "params" VALUES('config.train.grad_accum','1','77a6ab3751ec4f42bc2d6bd04b427d91');
INSERT INTO "params" VALUES('config.train.lr','0.001','77a6ab3751ec4f42bc2d6bd04b427d91');
INSERT INTO "params" VALUES('config.train.min_lr','1e-05','77a6ab3751ec4f42bc2d6bd04b427d91');
INSERT INTO "params" VALUES('config.train.weight_decay','0.02','77a6ab3751ec4f42bc2d6bd04b427d91');
INSERT INTO "params" VALUES('config.train.warmup_steps','10','77a6ab3751ec4f42bc2d6bd04b427d91');
INSERT INTO "params" VALUES('config.train.grad_clip','1.0','77a6ab3751ec4f42bc2d6bd04b427d91');
INSERT INTO "params" VALUES('config.train.precision','bf16','77a6ab3751ec4f42bc2d6bd04b427d91');
INSERT INTO "params" VALUES('config.train.eval_every','0','77a6ab3751ec4f42bc2d6bd04b427d91');
INSERT INTO "params" VALUES('config.train.log_every','10','77a6ab3751ec4f42bc2d6bd04b427d91');
INSERT INTO "params" VALUES('config.train.checkpoint_every','50','77a6ab3751ec4f42bc2d6bd04b427d91');
INSERT INTO "params" VALUES('config.train.loss_reduction','token_mean','77a6ab3751ec4f42bc2d6bd04b427d91');
INSERT INTO "params" VALUES('config.train.loss_weight','1.0','77a6ab3751ec4f42bc2d6bd04b427d91');
INSERT INTO "params" VALUES('config.train.betas','[0.9, 0.999]','77a6ab3751ec4f42bc2d6bd04b427d91');
INSERT INTO "params" VALUES('config.train.eps','1e-08','77a6ab3751ec4f42bc2d6bd04b427d91');
INSERT INTO "params" VALUES('config.train.schedule','cosine','77a6ab3751ec4f42bc2d6bd04b427d91');
INSERT INTO "params" VALUES('config.train.param_groups','[]','77a6ab3751ec4f42bc2d6bd04b427d91');
INSERT INTO "params" VALUES('config.train.loss_tokens','answer','77a6ab3751ec4f42bc2d6bd04b427d91');
INSERT INTO "params" VALUES('config.train.label_smoothing','0.0','77a6ab3751ec4f42bc2d6bd04b427d91');
INSERT INTO "params" VALUES('config.train.lm_dropout','False','77a6ab3751ec4f42bc2d6bd04b427d91');
INSERT INTO "params" VALUES('config.eval.batch_size','64','77a6ab3751ec4f42bc2d6bd04b427d91');
INSERT INTO "params" VALUES('config.eval.max_new_tokens','5','77a6ab3751ec4f42bc2d6bd04b427d91');
INSERT INTO "params" VALUES('config.eval.num_beams','1','77a6ab3751ec4f42bc2d6bd04b427d91');
INSERT INTO "params" VALUES('config.eval.length_penalty','1.0','77a6ab3751ec4f42bc2d6bd04b427d91');
INSERT INTO "params" VALUES('config.eval.max_examples','500','77a6ab3751ec4f42bc2d6bd04b427d91');
INSERT INTO "params" VALUES('config.eval.val_max_examples','200','77a6ab3751ec4f42bc2d6bd04b427d91');
INSERT INTO "params" VALUES('config.data.fraction','0.1','77a6ab3751ec4f42bc2d6bd04b427d91');
INSERT INTO "params" VALUES('config.data.data_dir','None','77a6ab3751ec4f42bc2d6bd04b427d91');
INSERT INTO "params" VALUES('config.data.val_images','0.1','77a6ab3751ec4f42bc2d6bd04b427d91');
INSERT INTO "params" VALUES('config.data.eval_split','None','77a6ab3751ec4f42bc2d6bd04b427d91');
INSERT INTO "params" VALUES('config.data.missing_media','error','77a6ab3751ec4f42bc2d6bd04b427d91');
INSERT INTO "params" VALUES('config.data.variant','None','77a6ab3751ec4f42bc2d6bd04b427d91');
INSERT INTO "params" VALUES('config.data.augment_views','0','77a6ab3751ec4f42bc2d6bd04b427d91');
INSERT INTO "params" VALUES('config.data.augmentations','[]','77a6ab3751ec4f42bc2d6bd04b427d91');
INSERT INTO "params" VALUES('config.data.feature_norm','auto','77a6ab3751ec4f42bc2d6bd04b427d91');
INSERT INTO "params" VALUES('method_config.num_layer_tokens','6','77a6ab3751ec4f42bc2d6bd04b427d91');
INSERT INTO "params" VALUES('method_config.shared_connector','False','77a6ab3751ec4f42bc2d6bd04b427d91');
INSERT INTO "params" VALUES('method_config.prompt_length','10','77a6ab3751ec4f42bc2d6bd04b427d91');
INSERT INTO "params" VALUES('method_config.prompt_mlp','True','77a6ab3751ec4f42bc2d6bd04b427d91');
INSERT INTO "params" VALUES('method_config.num_injection_layers','12','77a6ab3751ec4f42bc2d6bd04b427d91');
INSERT INTO "params" VALUES('method_config.injection_end_offset','2','77a6ab3751ec4f42bc2d6bd04b427d91');
INSERT INTO "params" VALUES('method_config.injection_layers','[0, 1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11]','77a6ab3751ec4f42bc2d6bd04b427d91');
INSERT INTO "params" VALUES('config.method','epalm','2f60e9e2ac3d4c6fb88d6069ddd04778');
INSERT INTO "params" VALUES('config.task','easy-vqa','2f60e9e2ac3d4c6fb88d6069ddd04778');
INSERT INTO "params" VALUES('config.lm','smollm2-135m','2f60e9e2ac3d4c6fb88d6069ddd04778');
INSERT INTO "params" VALUES('config.encoder','efficientnet-lite0','2f60e9e2ac3d4c6fb88d6069ddd04778');
INSERT INTO "params" VALUES('config.seed','2','2f60e9e2ac3d4c6fb88d6069ddd04778');
INSERT INTO "params" VALUES('config.output_dir','runs/reference-ablation-epalm-early','2f60e9e2ac3d4c6fb88d6069ddd04778');
INSERT INTO "params" VALUES('config.run_name','epalm_easy-vqa_smollm2-135m_efficientnet-lite0_f0.1_s2','2f60e9e2ac3d4c6fb88d6069ddd04778');
INSERT INTO "params" VALUES('config.cache_dir','None','2f60e9e2ac3d4c6fb88d6069ddd04778');
INSERT INTO "params" VALUES('config.tracking_uri','sqlite:////work/main/runs/reference-ablation-epalm-early/mlflow.db','2f60e9e2ac3d4c6fb88d6069ddd04778');
INSERT INTO "params" VALUES('config.experiment','reference-ablations','2f60e9e2ac3d4c6fb88d6069ddd04778');
INSERT INTO "params" VALUES('config.recipe','shared','2f60e9e2ac3d4c6fb88d6069ddd04778');
INSERT INTO "params" VALUES('config.method_options.injection_layers','[0, 1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11]','2f60e9e2ac3d4c6fb88d6069ddd04778');
INSERT INTO "params" VALUES('config.train.steps','100','2f60e9e2ac3d4c6fb88d6069ddd04778');
INSERT INTO "params" VALUES('config.train.batch_size','16','2f60e9e2ac3d4c6fb88d6069ddd04778');
INSERT INTO "params" VALUES('config.train.grad_accum','1','2f60e9e2ac3d4c6fb88d6069ddd04778');
INSERT INTO "params" VALUES('config.train.lr','0.001','2f60e9e2ac3d4c6fb88d6069ddd04778');
INSERT INTO "params" VALUES('config.train.min_lr','1e-05','2f60e9e2ac3d4c6fb88d6069ddd04778');
INSERT INTO "params" VALUES('config.train.weight_decay','0.02','2f60e9e2ac3d4c6fb88d6069ddd04778');
INSERT INTO "params" VALUES('config.train.warmup_steps','10','2f60e9e2ac3d4c6fb88d6069ddd04778');
INSERT INTO "params" VALUES('config.train.grad_clip','1.0','2f60e9e2ac3d4c6fb88d6069ddd04778');
INSERT INTO "params" VALUES('config.train.precision','bf16','2f60e9e2ac3d4c6fb88d6069ddd04778');
INSERT INTO "params" VALUES('config.train.eval_every','0','2f60e9e2ac3d4c6fb88d6069ddd04778');
INSERT INTO "params" VALUES('config.train.log_every','10','2f60e9e2ac3d4c6fb88d6069ddd04778');
INSERT INTO "params" VALUES('config.train.checkpoint_every','50','2f60e9e2ac3d4c6fb88d6069ddd04778');
INSERT INTO "params" VALUES('config.train.loss_reduction','token_mean','2f60e9e2ac3d4c6fb88d6069ddd04778');
INSERT INTO "params" VALUES('config.train.loss_weight','1.0','2f60e9e2ac3d4c6fb88d6069ddd04778');
INSERT INTO "params" VALUES('config.train.betas','[0.9, 0.999]','2f60e9e2ac3d4c6fb88d6069ddd04778');
INSERT INTO "params" VALUES('config.train.eps','1e-08','2f60e9e2ac3d4c6fb88d6069ddd04778');
INSERT INTO "params" VALUES('config.train.schedule','cosine','2f60e9e2ac3d4c6fb88d6069ddd04778');
INSERT INTO "params" VALUES('config.train.param_groups','[]','2f60e9e2ac3d4c6fb88d6069ddd04778');
INSERT INTO "params" VALUES('config.train.loss_tokens','answer','2f60e9e2ac3d4c6fb88d6069ddd04778');
INSERT INTO "params" VALUES('config.train.label_smoothing','0.0','2f60e9e2ac3d4c6fb88d6069ddd04778');
INSERT INTO "params" VALUES('config.train.lm_dropout','False','2f60e9e2ac3d4c6fb88d6069ddd04778');
INSERT INTO "params" VALUES('config.eval.batch_size','64','2f60e9e2ac3d4c6fb88d6069ddd04778');
INSERT INTO "params" VALUES('config.eval.max_new_tokens','5','2f60e9e2ac3d4c6fb88d6069ddd04778');
INSERT INTO "params" VALUES('config.eval.num_beams','1','2f60e9e2ac3d4c6fb88d6069ddd04778');
INSERT INTO "params" VALUES('config.eval.length_penalty','1.0','2f60e9e2ac3d4c6fb88d6069ddd04778');
INSERT INTO "params" VALUES('config.eval.max_examples','500','2f60e9e2ac3d4c6fb88d6069ddd04778');
INSERT INTO "params" VALUES('config.eval.val_max_examples','200','2f60e9e2ac3d4c6fb88d6069ddd04778');
INSERT INTO "params" VALUES('config.data.fraction','0.1','2f60e9e2ac3d4c6fb88d6069ddd04778');
INSERT INTO "params" VALUES('config.data.data_dir','None','2f60e9e2ac3d4c6fb88d6069ddd04778');
INSERT INTO "params" VALUES('config.data.val_images','0.1','2f60e9e2ac3d4c6fb88d6069ddd04778');
INSERT INTO "params" VALUES('config.data.eval_split','None','2f60e9e2ac3d4c6fb88d6069ddd04778');
INSERT INTO "params" VALUES('config.data.missing_media','error','2f60e9e2ac3d4c6fb88d6069ddd04778');
INSERT INTO "params" VALUES('config.data.variant','None','2f60e9e2ac3d4c6fb88d6069ddd04778');
INSERT INTO "params" VALUES('config.data.augment_views','0','2f60e9e2ac3d4c6fb88d6069ddd04778');
INSERT INTO "params" VALUES('config.data.augmentations','[]','2f60e9e2ac3d4c6fb88d6069ddd04778');
INSERT INTO "params" VALUES('config.data.feature_norm','auto','2f60e9e2ac3d4c6fb88d6069ddd04778');
INSERT INTO "params" VALUES('method_config.num_layer_tokens','6','2f60e9e2ac3d4c6fb88d6069ddd04778');
INSERT INTO "params" VALUES('method_config.shared_connector','False','2f60e9e2ac3d4c6fb88d6069ddd04778');
INSERT INTO "params" VALUES('method_config.prompt_length','10','2f60e9e2ac3d4c6fb88d6069ddd04778');
INSERT INTO "params" VALUES('method_config.prompt_mlp','True','2f60e9e2ac3d4c6fb88d6069ddd04778');
INSERT INTO "params" VALUES('method_config.num_injection_layers','12','2f60e9e2ac3d4c6fb88d6069ddd04778');
INSERT INTO "params" VALUES('method_config.injection_end_offset','2','2f60e9e2ac3d4c6fb88d6069ddd04778');
INSERT INTO "params" VALUES('method_config.injection_layers','[0, 1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11]','2f60e9e2ac3d4c6fb88d6069ddd04778');
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
	CONSTRAINT runs_lifecycle_stage CHECK (lifecycle_stage IN ('active', 'deleted')), 
	CONSTRAINT source_type CHECK (source_type IN ('NOTEBOOK', 'JOB', 'LOCAL', 'UNKNOWN', 'PROJECT')), 
	FOREIGN KEY(experiment_id) REFERENCES experiments (experiment_id), 
	CHECK (status IN ('SCHEDULED', 'FAILED', 'FINISHED', 'RUNNING', 'KILLED'))
);
INSERT INTO "runs" VALUES('805562123396429993c3be7d38f05075','reference-ablation-epalm-early','UNKNOWN','','','unknown','FINISHED',1796244573346,1796244924376,'','active','file:///work/main/runs/reference-ablation-epalm-early/mlartifacts/805562123396429993c3be7d38f05075/artifacts',1,NULL);
INSERT INTO "runs" VALUES('739bff7a229549a3a4f169cf2111f67d','epalm_easy-vqa_smollm2-135m_efficientnet-lite0_f0.1_s0','UNKNOWN','','','unknown','FINISHED',1796244575856,1796244710080,'','active','file:///work/main/runs/reference-ablation-epalm-early/mlartifacts/739bff7a229549a3a4f169cf2111f67d/artifacts',1,NULL);
INSERT INTO "runs" VALUES('77a6ab3751ec4f42bc2d6bd04b427d91','epalm_easy-vqa_smollm2-135m_efficientnet-lite0_f0.1_s1','UNKNOWN','','','unknown','FINISHED',1796244577233,1796244709829,'','active','file:///work/main/runs/reference-ablation-epalm-early/mlartifacts/77a6ab3751ec4f42bc2d6bd04b427d91/artifacts',1,NULL);
INSERT INTO "runs" VALUES('2f60e9e2ac3d4c6fb88d6069ddd04778','epalm_easy-vqa_smollm2-135m_efficientnet-lite0_f0.1_s2','UNKNOWN','','','unknown','FINISHED',1796244755627,1796244884117,'','active','file:///work/main/runs/reference-ablation-epalm-early/mlartifacts/2f60e9e2ac3d4c6fb88d6069ddd04778/artifacts',1,NULL);
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
INSERT INTO "tags" VALUES('mlflow.runName','reference-ablation-epalm-early','805562123396429993c3be7d38f05075');
INSERT INTO "tags" VALUES('git.commit','352c892bdce9c277d2372c75048e500ed6195cdb','805562123396429993c3be7d38f05075');
INSERT INTO "tags" VALUES('git.dirty','True','805562123396429993c3be7d38f05075');
INSERT INTO "tags" VALUES('hostname','vm','805562123396429993c3be7d38f05075');
INSERT INTO "tags" VALUES('mlflow.source.git.commit','352c892bdce9c277d2372c75048e500ed6195cdb','805562123396429993c3be7d38f05075');
INSERT INTO "tags" VALUES('version.torch','2.14.1','805562123396429993c3be7d38f05075');
INSERT INTO "tags" VALUES('version.transformers','5.24.0','805562123396429993c3be7d38f05075');
INSERT INTO "tags" VALUES('version.timm','1.0.31','805562123396429993c3be7d38f05075');
INSERT INTO "tags" VALUES('version.accelerate','1.15.0','805562123396429993c3be7d38f05075');
INSERT INTO "tags" VALUES('version.mlflow','3.17.2','805562123396429993c3be7d38f05075');
INSERT INTO "tags" VALUES('version.safetensors','0.8.0','805562123396429993c3be7d38f05075');
INSERT INTO "tags" VALUES('version.numpy','2.4.6','805562123396429993c3be7d38f05075');
INSERT INTO "tags" VALUES('version.python','3.11.7','805562123396429993c3be7d38f05075');
INSERT INTO "tags" VALUES('hardware.gpus','none','805562123396429993c3be7d38f05075');
INSERT INTO "tags" VALUES('hardware.torch_threads','1','805562123396429993c3be7d38f05075');
INSERT INTO "tags" VALUES('sweep','reference-ablation-epalm-early','805562123396429993c3be7d38f05075');
INSERT INTO "tags" VALUES('sweep.role','parent','805562123396429993c3be7d38f05075');
INSERT INTO "tags" VALUES('sweep.storage','sqlite:////work/main/runs/reference-ablation-epalm-early/sweep.db','805562123396429993c3be7d38f05075');
INSERT INTO "tags" VALUES('mlflow.runName','epalm_easy-vqa_smollm2-135m_efficientnet-lite0_f0.1_s0','739bff7a229549a3a4f169cf2111f67d');
INSERT INTO "tags" VALUES('git.commit','352c892bdce9c277d2372c75048e500ed6195cdb','739bff7a229549a3a4f169cf2111f67d');
INSERT INTO "tags" VALUES('git.dirty','True','739bff7a229549a3a4f169cf2111f67d');
INSERT INTO "tags" VALUES('hostname','vm','739bff7a229549a3a4f169cf2111f67d');
INSERT INTO "tags" VALUES('mlflow.source.git.commit','352c892bdce9c277d2372c75048e500ed6195cdb','739bff7a229549a3a4f169cf2111f67d');
INSERT INTO "tags" VALUES('version.torch','2.14.1','739bff7a229549a3a4f169cf2111f67d');
INSERT INTO "tags" VALUES('version.transformers','5.24.0','739bff7a229549a3a4f169cf2111f67d');
INSERT INTO "tags" VALUES('version.timm','1.0.31','739bff7a229549a3a4f169cf2111f67d');
INSERT INTO "tags" VALUES('version.accelerate','1.15.0','739bff7a229549a3a4f169cf2111f67d');
INSERT INTO "tags" VALUES('version.mlflow','3.17.2','739bff7a229549a3a4f169cf2111f67d');
INSERT INTO "tags" VALUES('version.safetensors','0.8.0','739bff7a229549a3a4f169cf2111f67d');
INSERT INTO "tags" VALUES('version.numpy','2.4.6','739bff7a229549a3a4f169cf2111f67d');
INSERT INTO "tags" VALUES('version.python','3.11.7','739bff7a229549a3a4f169cf2111f67d');
INSERT INTO "tags" VALUES('hardware.gpus','none','739bff7a229549a3a4f169cf2111f67d');
INSERT INTO "tags" VALUES('hardware.torch_threads','1','739bff7a229549a3a4f169cf2111f67d');
INSERT INTO "tags" VALUES('method','epalm','739bff7a229549a3a4f169cf2111f67d');
INSERT INTO "tags" VALUES('task','easy-vqa','739bff7a229549a3a4f169cf2111f67d');
INSERT INTO "tags" VALUES('lm','smollm2-135m','739bff7a229549a3a4f169cf2111f67d');
INSERT INTO "tags" VALUES('encoder','efficientnet-lite0','739bff7a229549a3a4f169cf2111f67d');
INSERT INTO "tags" VALUES('metric','vqa_accuracy','739bff7a229549a3a4f169cf2111f67d');
INSERT INTO "tags" VALUES('data_fraction','0.1','739bff7a229549a3a4f169cf2111f67d');
INSERT INTO "tags" VALUES('seed','0','739bff7a229549a3a4f169cf2111f67d');
INSERT INTO "tags" VALUES('sweep','reference-ablation-epalm-early','739bff7a229549a3a4f169cf2111f67d');
INSERT INTO "tags" VALUES('sweep.cell','epalm_easy-vqa_smollm2-135m_efficientnet-lite0_f0.1_s0','739bff7a229549a3a4f169cf2111f67d');
INSERT INTO "tags" VALUES('encoder_regime','frozen','739bff7a229549a3a4f169cf2111f67d');
INSERT INTO "tags" VALUES('mlflow.parentRunId','805562123396429993c3be7d38f05075','739bff7a229549a3a4f169cf2111f67d');
INSERT INTO "tags" VALUES('mlflow.runName','epalm_easy-vqa_smollm2-135m_efficientnet-lite0_f0.1_s1','77a6ab3751ec4f42bc2d6bd04b427d91');
INSERT INTO "tags" VALUES('git.commit','352c892bdce9c277d2372c75048e500ed6195cdb','77a6ab3751ec4f42bc2d6bd04b427d91');
INSERT INTO "tags" VALUES('git.dirty','True','77a6ab3751ec4f42bc2d6bd04b427d91');
INSERT INTO "tags" VALUES('hostname','vm','77a6ab3751ec4f42bc2d6bd04b427d91');
INSERT INTO "tags" VALUES('mlflow.source.git.commit','352c892bdce9c277d2372c75048e500ed6195cdb','77a6ab3751ec4f42bc2d6bd04b427d91');
INSERT INTO "tags" VALUES('version.torch','2.14.1','77a6ab3751ec4f42bc2d6bd04b427d91');
INSERT INTO "tags" VALUES('version.transformers','5.24.0','77a6ab3751ec4f42bc2d6bd04b427d91');
INSERT INTO "tags" VALUES('version.timm','1.0.31','77a6ab3751ec4f42bc2d6bd04b427d91');
INSERT INTO "tags" VALUES('version.accelerate','1.15.0','77a6ab3751ec4f42bc2d6bd04b427d91');
INSERT INTO "tags" VALUES('version.mlflow','3.17.2','77a6ab3751ec4f42bc2d6bd04b427d91');
INSERT INTO "tags" VALUES('version.safetensors','0.8.0','77a6ab3751ec4f42bc2d6bd04b427d91');
INSERT INTO "tags" VALUES('version.numpy','2.4.6','77a6ab3751ec4f42bc2d6bd04b427d91');
INSERT INTO "tags" VALUES('version.python','3.11.7','77a6ab3751ec4f42bc2d6bd04b427d91');
INSERT INTO "tags" VALUES('hardware.gpus','none','77a6ab3751ec4f42bc2d6bd04b427d91');
INSERT INTO "tags" VALUES('hardware.torch_threads','1','77a6ab3751ec4f42bc2d6bd04b427d91');
INSERT INTO "tags" VALUES('method','epalm','77a6ab3751ec4f42bc2d6bd04b427d91');
INSERT INTO "tags" VALUES('task','easy-vqa','77a6ab3751ec4f42bc2d6bd04b427d91');
INSERT INTO "tags" VALUES('lm','smollm2-135m','77a6ab3751ec4f42bc2d6bd04b427d91');
INSERT INTO "tags" VALUES('encoder','efficientnet-lite0','77a6ab3751ec4f42bc2d6bd04b427d91');
INSERT INTO "tags" VALUES('metric','vqa_accuracy','77a6ab3751ec4f42bc2d6bd04b427d91');
INSERT INTO "tags" VALUES('data_fraction','0.1','77a6ab3751ec4f42bc2d6bd04b427d91');
INSERT INTO "tags" VALUES('seed','1','77a6ab3751ec4f42bc2d6bd04b427d91');
INSERT INTO "tags" VALUES('sweep','reference-ablation-epalm-early','77a6ab3751ec4f42bc2d6bd04b427d91');
INSERT INTO "tags" VALUES('sweep.cell','epalm_easy-vqa_smollm2-135m_efficientnet-lite0_f0.1_s1','77a6ab3751ec4f42bc2d6bd04b427d91');
INSERT INTO "tags" VALUES('encoder_regime','frozen','77a6ab3751ec4f42bc2d6bd04b427d91');
INSERT INTO "tags" VALUES('mlflow.parentRunId','805562123396429993c3be7d38f05075','77a6ab3751ec4f42bc2d6bd04b427d91');
INSERT INTO "tags" VALUES('mlflow.runName','epalm_easy-vqa_smollm2-135m_efficientnet-lite0_f0.1_s2','2f60e9e2ac3d4c6fb88d6069ddd04778');
INSERT INTO "tags" VALUES('git.commit','352c892bdce9c277d2372c75048e500ed6195cdb','2f60e9e2ac3d4c6fb88d6069ddd04778');
INSERT INTO "tags" VALUES('git.dirty','True','2f60e9e2ac3d4c6fb88d6069ddd04778');
INSERT INTO "tags" VALUES('hostname','vm','2f60e9e2ac3d4c6fb88d6069ddd04778');
INSERT INTO "tags" VALUES('mlflow.source.git.commit','352c892bdce9c277d2372c75048e500ed6195cdb','2f60e9e2ac3d4c6fb88d6069ddd04778');
INSERT INTO "tags" VALUES('version.torch','2.14.1','2f60e9e2ac3d4c6fb88d6069ddd04778');
INSERT INTO "tags" VALUES('version.transformers','5.24.0','2f60e9e2ac3d4c6fb88d6069ddd04778');
INSERT INTO "tags" VALUES('version.timm','1.0.31','2f60e9e2ac3d4c6fb88d6069ddd04778');
INSERT INTO "tags" VALUES('version.accelerate','1.15.0','2f60e9e2ac3d4c6fb88d6069ddd04778');
INSERT INTO "tags" VALUES('version.mlflow','3.17.2','2f60e9e2ac3d4c6fb88d6069ddd04778');
INSERT INTO "tags" VALUES('version.safetensors','0.8.0','2f60e9e2ac3d4c6fb88d6069ddd04778');
INSERT INTO "tags" VALUES('version.numpy','2.4.6','2f60e9e2ac3d4c6fb88d6069ddd04778');
INSERT INTO "tags" VALUES('version.python','3.11.7','2f60e9e2ac3d4c6fb88d6069ddd04778');
INSERT INTO "tags" VALUES('hardware.gpus','none','2f60e9e2ac3d4c6fb88d6069ddd04778');
INSERT INTO "tags" VALUES('hardware.torch_threads','1','2f60e9e2ac3d4c6fb88d6069ddd04778');
INSERT INTO "tags" VALUES('method','epalm','2f60e9e2ac3d4c6fb88d6069ddd04778');
INSERT INTO "tags" VALUES('task','easy-vqa','2f60e9e2ac3d4c6fb88d6069ddd04778');
INSERT INTO "tags" VALUES('lm','smollm2-135m','2f60e9e2ac3d4c6fb88d6069ddd04778');
INSERT INTO "tags" VALUES('encoder','efficientnet-lite0','2f60e9e2ac3d4c6fb88d6069ddd04778');
INSERT INTO "tags" VALUES('metric','vqa_accuracy','2f60e9e2ac3d4c6fb88d6069ddd04778');
INSERT INTO "tags" VALUES('data_fraction','0.1','2f60e9e2ac3d4c6fb88d6069ddd04778');
INSERT INTO "tags" VALUES('seed','2','2f60e9e2ac3d4c6fb88d6069ddd04778');
INSERT INTO "tags" VALUES('sweep','reference-ablation-epalm-early','2f60e9e2ac3d4c6fb88d6069ddd04778');
INSERT INTO "tags" VALUES('sweep.cell','epalm_easy-vqa_smollm2-135m_efficientnet-lite0_f0.1_s2','2f60e9e2ac3d4c6fb88d6069ddd04778');
INSERT INTO "tags" VALUES('encoder_regime','frozen','2f60e9e2ac3d4c6fb88d6069ddd04778');
INSERT INTO "tags" VALUES('mlflow.parentRunId','805562123396429993c3be7d38f05075','2f60e9e2ac3d4c6fb88d6069ddd04778');
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
CREATE INDEX index_datasets_experiment_id_dataset_source_type ON datasets (experiment_id, dataset_source_type);
CREATE INDEX index_datasets_dataset_uuid ON datasets (dataset_uuid);
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
CREATE INDEX index_assessments_trace_id_created_timestamp ON assessments (trace_id, created_timestamp);
CREATE INDEX index_assessments_last_updated_timestamp ON assessments (last_updated_timestamp);
CREATE INDEX index_assessments_run_id_created_timestamp ON assessments (run_id, created_timestamp);
CREATE INDEX index_assessments_assessment_type ON assessments (assessment_type);
CREATE INDEX index_spans_experiment_id_duration ON spans (experiment_id, duration_ns);
CREATE INDEX index_spans_experiment_id_start_time ON spans (experiment_id, start_time_unix_nano);
CREATE INDEX index_spans_experiment_id_type_status ON spans (experiment_id, type, status);
CREATE INDEX index_spans_experiment_id_status_type ON spans (experiment_id, status, type);
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
