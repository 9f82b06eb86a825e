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
INSERT INTO "experiments" VALUES(0,'Default','/work/exp2/mlruns/0','active',1796209876928,1796209876928,'default');
INSERT INTO "experiments" VALUES(1,'bench-tune','file:///work/main/runs/reference-tune/mlartifacts','active',1796209876932,1796209876932,'default');
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
INSERT INTO "latest_metrics" VALUES('params/trainable',8450496.0,1796209941412,0,0,'8b334a41a0f442c3a9f39e9dea3a41fe');
INSERT INTO "latest_metrics" VALUES('params/lm',134515008.0,1796209941412,0,0,'8b334a41a0f442c3a9f39e9dea3a41fe');
INSERT INTO "latest_metrics" VALUES('params/trainable',2076480.0,1796209951066,0,0,'90a047bd2e8e4289ae0f75abe2467960');
INSERT INTO "latest_metrics" VALUES('params/lm',134515008.0,1796209951066,0,0,'90a047bd2e8e4289ae0f75abe2467960');
INSERT INTO "latest_metrics" VALUES('train/loss',4.22726362943649291992e-01,1796210421451,100,0,'90a047bd2e8e4289ae0f75abe2467960');
INSERT INTO "latest_metrics" VALUES('train/lr',1.0e-05,1796210421451,100,0,'90a047bd2e8e4289ae0f75abe2467960');
INSERT INTO "latest_metrics" VALUES('train/loss',4.78267252445220947265e-01,1796210506758,100,0,'8b334a41a0f442c3a9f39e9dea3a41fe');
INSERT INTO "latest_metrics" VALUES('train/lr',1.0e-05,1796210506758,100,0,'8b334a41a0f442c3a9f39e9dea3a41fe');
INSERT INTO "latest_metrics" VALUES('val/vqa_accuracy',67.5,1796210461229,100,0,'90a047bd2e8e4289ae0f75abe2467960');
INSERT INTO "latest_metrics" VALUES('val/vqa_accuracy_unrounded',67.5,1796210461229,100,0,'90a047bd2e8e4289ae0f75abe2467960');
INSERT INTO "latest_metrics" VALUES('val/vqa_accuracy/yes/no',82.69,1796210461229,100,0,'90a047bd2e8e4289ae0f75abe2467960');
INSERT INTO "latest_metrics" VALUES('val/vqa_accuracy_unrounded/yes/no',82.6923076923077,1796210461229,100,0,'90a047bd2e8e4289ae0f75abe2467960');
INSERT INTO "latest_metrics" VALUES('val/vqa_accuracy/question_type/yes/no',82.69,1796210461229,100,0,'90a047bd2e8e4289ae0f75abe2467960');
INSERT INTO "latest_metrics" VALUES('val/vqa_accuracy_unrounded/question_type/yes/no',82.6923076923077,1796210461229,100,0,'90a047bd2e8e4289ae0f75abe2467960');
INSERT INTO "latest_metrics" VALUES('val/vqa_accuracy/other',13.64,1796210461229,100,0,'90a047bd2e8e4289ae0f75abe2467960');
INSERT INTO "latest_metrics" VALUES('val/vqa_accuracy_unrounded/other',1.36363636363636366868e+01,1796210461229,100,0,'90a047bd2e8e4289ae0f75abe2467960');
INSERT INTO "latest_metrics" VALUES('val/vqa_accuracy/question_type/color',3.7,1796210461229,100,0,'90a047bd2e8e4289ae0f75abe2467960');
INSERT INTO "latest_metrics" VALUES('val/vqa_accuracy_unrounded/question_type/color',3.70370370370370372015e+00,1796210461229,100,0,'90a047bd2e8e4289ae0f75abe2467960');
INSERT INTO "latest_metrics" VALUES('val/vqa_accuracy/question_type/shape',29.41,1796210461229,100,0,'90a047bd2e8e4289ae0f75abe2467960');
INSERT INTO "latest_metrics" VALUES('val/vqa_accuracy_unrounded/question_type/shape',2.94117647058823514791e+01,1796210461229,100,0,'90a047bd2e8e4289ae0f75abe2467960');
INSERT INTO "latest_metrics" VALUES('test/vqa_accuracy',63.0,1796210485268,100,0,'90a047bd2e8e4289ae0f75abe2467960');
INSERT INTO "latest_metrics" VALUES('test/vqa_accuracy_unrounded',63.0,1796210485268,100,0,'90a047bd2e8e4289ae0f75abe2467960');
INSERT INTO "latest_metrics" VALUES('test/vqa_accuracy/other',11.11,1796210485268,100,0,'90a047bd2e8e4289ae0f75abe2467960');
INSERT INTO "latest_metrics" VALUES('test/vqa_accuracy_unrounded/other',1.11111111111111107165e+01,1796210485268,100,0,'90a047bd2e8e4289ae0f75abe2467960');
INSERT INTO "latest_metrics" VALUES('test/vqa_accuracy/question_type/color',5.88,1796210485268,100,0,'90a047bd2e8e4289ae0f75abe2467960');
INSERT INTO "latest_metrics" VALUES('test/vqa_accuracy_unrounded/question_type/color',5.8823529411764710062e+00,1796210485268,100,0,'90a047bd2e8e4289ae0f75abe2467960');
INSERT INTO "latest_metrics" VALUES('test/vqa_accuracy/yes/no',82.19,1796210485268,100,0,'90a047bd2e8e4289ae0f75abe2467960');
INSERT INTO "latest_metrics" VALUES('test/vqa_accuracy_unrounded/yes/no',82.1917808219178,1796210485268,100,0,'90a047bd2e8e4289ae0f75abe2467960');
INSERT INTO "latest_metrics" VALUES('test/vqa_accuracy/question_type/yes/no',82.19,1796210485268,100,0,'90a047bd2e8e4289ae0f75abe2467960');
INSERT INTO "latest_metrics" VALUES('test/vqa_accuracy_unrounded/question_type/yes/no',82.1917808219178,1796210485268,100,0,'90a047bd2e8e4289ae0f75abe2467960');
INSERT INTO "latest_metrics" VALUES('test/vqa_accuracy/question_type/shape',20.0,1796210485268,100,0,'90a047bd2e8e4289ae0f75abe2467960');
INSERT INTO "latest_metrics" VALUES('test/vqa_accuracy_unrounded/question_type/shape',20.0,1796210485268,100,0,'90a047bd2e8e4289ae0f75abe2467960');
INSERT INTO "latest_metrics" VALUES('time/features_s',5.30643138670000098517e+01,1796210485268,100,0,'90a047bd2e8e4289ae0f75abe2467960');
INSERT INTO "latest_metrics" VALUES('time/lm_load_s',3.04121094000038283411e-01,1796210485268,100,0,'90a047bd2e8e4289ae0f75abe2467960');
INSERT INTO "latest_metrics" VALUES('time/train_s',5.10171217233000049871e+02,1796210485268,100,0,'90a047bd2e8e4289ae0f75abe2467960');
INSERT INTO "latest_metrics" VALUES('time/train_step_s',4.64740550403029573089e+00,1796210485268,100,0,'90a047bd2e8e4289ae0f75abe2467960');
INSERT INTO "latest_metrics" VALUES('time/eval_s',2.39714626720000296695e+01,1796210485268,100,0,'90a047bd2e8e4289ae0f75abe2467960');
INSERT INTO "latest_metrics" VALUES('time/eval_example_s',2.39714626720000295589e-01,1796210485268,100,0,'90a047bd2e8e4289ae0f75abe2467960');
INSERT INTO "latest_metrics" VALUES('time/total_s',5.88664330593999920874e+02,1796210485268,100,0,'90a047bd2e8e4289ae0f75abe2467960');
INSERT INTO "latest_metrics" VALUES('params/trainable',2076480.0,1796210490193,0,0,'96ddc8b7413342a2aa9ec0883288afaf');
INSERT INTO "latest_metrics" VALUES('params/lm',134515008.0,1796210490193,0,0,'96ddc8b7413342a2aa9ec0883288afaf');
INSERT INTO "latest_metrics" VALUES('train/loss',4.8134618997573852539e-01,1796210872528,100,0,'96ddc8b7413342a2aa9ec0883288afaf');
INSERT INTO "latest_metrics" VALUES('train/lr',1.0e-05,1796210872528,100,0,'96ddc8b7413342a2aa9ec0883288afaf');
INSERT INTO "latest_metrics" VALUES('val/vqa_accuracy',68.0,1796210568579,100,0,'8b334a41a0f442c3a9f39e9dea3a41fe');
INSERT INTO "latest_metrics" VALUES('val/vqa_accuracy_unrounded',68.0,1796210568579,100,0,'8b334a41a0f442c3a9f39e9dea3a41fe');
INSERT INTO "latest_metrics" VALUES('val/vqa_accuracy/yes/no',82.69,1796210568579,100,0,'8b334a41a0f442c3a9f39e9dea3a41fe');
INSERT INTO "latest_metrics" VALUES('val/vqa_accuracy_unrounded/yes/no',82.6923076923077,1796210568579,100,0,'8b334a41a0f442c3a9f39e9dea3a41fe');
INSERT INTO "latest_metrics" VALUES('val/vqa_accuracy/question_type/yes/no',82.69,1796210568579,100,0,'8b334a41a0f442c3a9f39e9dea3a41fe');
INSERT INTO "latest_metrics" VALUES('val/vqa_accuracy_unrounded/question_type/yes/no',82.6923076923077,1796210568579,100,0,'8b334a41a0f442c3a9f39e9dea3a41fe');
INSERT INTO "latest_metrics" VALUES('val/vqa_accuracy/other',15.91,1796210568579,100,0,'8b334a41a0f442c3a9f39e9dea3a41fe');
INSERT INTO "latest_metrics" VALUES('val/vqa_accuracy_unrounded/other',1.59090909090909082834e+01,1796210568579,100,0,'8b334a41a0f442c3a9f39e9dea3a41fe');
INSERT INTO "latest_metrics" VALUES('val/vqa_accuracy/question_type/color',3.7,1796210568579,100,0,'8b334a41a0f442c3a9f39e9dea3a41fe');
INSERT INTO "latest_metrics" VALUES('val/vqa_accuracy_unrounded/question_type/color',3.70370370370370372015e+00,1796210568579,100,0,'8b334a41a0f442c3a9f39e9dea3a41fe');
INSERT INTO "latest_metrics" VALUES('val/vqa_accuracy/question_type/shape',35.29,1796210568579,100,0,'8b334a41a0f442c3a9f39e9dea3a41fe');
INSERT INTO "latest_metrics" VALUES('val/vqa_accuracy_unrounded/question_type/shape',3.52941176470588260363e+01,1796210568579,100,0,'8b334a41a0f442c3a9f39e9dea3a41fe');
INSERT INTO "latest_metrics" VALUES('test/vqa_accuracy',66.0,1796210603630,100,0,'8b334a41a0f442c3a9f39e9dea3a41fe');
INSERT INTO "latest_metrics" VALUES('test/vqa_accuracy_unrounded',66.0,1796210603630,100,0,'8b334a41a0f442c3a9f39e9dea3a41fe');
INSERT INTO "latest_metrics" VALUES('test/vqa_accuracy/other',18.52,1796210603630,100,0,'8b334a41a0f442c3a9f39e9dea3a41fe');
INSERT INTO "latest_metrics" VALUES('test/vqa_accuracy_unrounded/other',1.85185185185185190448e+01,1796210603630,100,0,'8b334a41a0f442c3a9f39e9dea3a41fe');
INSERT INTO "latest_metrics" VALUES('test/vqa_accuracy/question_type/color',11.76,1796210603630,100,0,'8b334a41a0f442c3a9f39e9dea3a41fe');
INSERT INTO "latest_metrics" VALUES('test/vqa_accuracy_unrounded/question_type/color',1.17647058823529420128e+01,1796210603630,100,0,'8b334a41a0f442c3a9f39e9dea3a41fe');
INSERT INTO "latest_metrics" VALUES('test/vqa_accuracy/yes/no',83.56,1796210603630,100,0,'8b334a41a0f442c3a9f39e9dea3a41fe');
INSERT INTO "latest_metrics" VALUES('test/vqa_accuracy_unrounded/yes/no',8.35616438356164366058e+01,1796210603630,100,0,'8b334a41a0f442c3a9f39e9dea3a41fe');
INSERT INTO "latest_metrics" VALUES('test/vqa_accuracy/question_type/yes/no',83.56,1796210603630,100,0,'8b334a41a0f442c3a9f39e9dea3a41fe');
INSERT INTO "latest_metrics" VALUES('test/vqa_accuracy_unrounded/question_type/yes/no',8.35616438356164366058e+01,1796210603630,100,0,'8b334a41a0f442c3a9f39e9dea3a41fe');
INSERT INTO "latest_metrics" VALUES('test/vqa_accuracy/question_type/shape',30.0,1796210603630,100,0,'8b334a41a0f442c3a9f39e9dea3a41fe');
INSERT INTO "latest_metrics" VALUES('test/vqa_accuracy_unrounded/question_type/shape',30.0,1796210603630,100,0,'8b334a41a0f442c3a9f39e9dea3a41fe');
INSERT INTO "latest_metrics" VALUES('time/features_s',4.35353902349999657408e+01,1796210603630,100,0,'8b334a41a0f442c3a9f39e9dea3a41fe');
INSERT INTO "latest_metrics" VALUES('time/lm_load_s',1.96905567370000085247e+01,1796210603630,100,0,'8b334a41a0f442c3a9f39e9dea3a41fe');
INSERT INTO "latest_metrics" VALUES('time/train_s',6.27199941904000070292e+02,1796210603630,100,0,'8b334a41a0f442c3a9f39e9dea3a41fe');
INSERT INTO "latest_metrics" VALUES('time/train_step_s',5.62728356931313555833e+00,1796210603630,100,0,'8b334a41a0f442c3a9f39e9dea3a41fe');
INSERT INTO "latest_metrics" VALUES('time/eval_s',3.49306726779998371061e+01,1796210603630,100,0,'8b334a41a0f442c3a9f39e9dea3a41fe');
INSERT INTO "latest_metrics" VALUES('time/eval_example_s',3.49306726779998355514e-01,1796210603630,100,0,'8b334a41a0f442c3a9f39e9dea3a41fe');
INSERT INTO "latest_metrics" VALUES('time/total_s',7.26378112775000090535e+02,1796210603630,100,0,'8b334a41a0f442c3a9f39e9dea3a41fe');
INSERT INTO "latest_metrics" VALUES('params/trainable',8450496.0,1796210608457,0,0,'32c085756637483483aa3b844f3a51e4');
INSERT INTO "latest_metrics" VALUES('params/lm',134515008.0,1796210608457,0,0,'32c085756637483483aa3b844f3a51e4');
INSERT INTO "latest_metrics" VALUES('train/loss',0.318627268075943,1796211056671,100,0,'32c085756637483483aa3b844f3a51e4');
INSERT INTO "latest_metrics" VALUES('train/lr',1.0e-05,1796211056671,100,0,'32c085756637483483aa3b844f3a51e4');
INSERT INTO "latest_metrics" VALUES('val/vqa_accuracy',69.0,1796210907178,100,0,'96ddc8b7413342a2aa9ec0883288afaf');
INSERT INTO "latest_metrics" VALUES('val/vqa_accuracy_unrounded',69.0,1796210907178,100,0,'96ddc8b7413342a2aa9ec0883288afaf');
INSERT INTO "latest_metrics" VALUES('val/vqa_accuracy/yes/no',83.97,1796210907178,100,0,'96ddc8b7413342a2aa9ec0883288afaf');
INSERT INTO "latest_metrics" VALUES('val/vqa_accuracy_unrounded/yes/no',8.39743589743589780027e+01,1796210907178,100,0,'96ddc8b7413342a2aa9ec0883288afaf');
INSERT INTO "latest_metrics" VALUES('val/vqa_accuracy/question_type/yes/no',83.97,1796210907178,100,0,'96ddc8b7413342a2aa9ec0883288afaf');
INSERT INTO "latest_metrics" VALUES('val/vqa_accuracy_unrounded/question_type/yes/no',8.39743589743589780027e+01,1796210907178,100,0,'96ddc8b7413342a2aa9ec0883288afaf');
INSERT INTO "latest_metrics" VALUES('val/vqa_accuracy/other',15.91,1796210907178,100,0,'96ddc8b7413342a2aa9ec0883288afaf');
INSERT INTO "latest_metrics" VALUES('val/vqa_accuracy_unrounded/other',1.59090909090909082834e+01,1796210907178,100,0,'96ddc8b7413342a2aa9ec0883288afaf');
INSERT INTO "latest_metrics" VALUES('val/vqa_accuracy/question_type/color',3.7,1796210907178,100,0,'96ddc8b7413342a2aa9ec0883288afaf');
INSERT INTO "latest_metrics" VALUES('val/vqa_accuracy_unrounded/question_type/color',3.70370370370370372015e+00,1796210907178,100,0,'96ddc8b7413342a2aa9ec0883288afaf');
INSERT INTO "latest_metrics" VALUES('val/vqa_accuracy/question_type/shape',35.29,1796210907178,100,0,'96ddc8b7413342a2aa9ec0883288afaf');
INSERT INTO "latest_metrics" VALUES('val/vqa_accuracy_unrounded/question_type/shape',3.52941176470588260363e+01,1796210907178,100,0,'96ddc8b7413342a2aa9ec0883288afaf');
INSERT INTO "latest_metrics" VALUES('test/vqa_accuracy',67.0,1796210924724,100,0,'96ddc8b7413342a2aa9ec0883288afaf');
INSERT INTO "latest_metrics" VALUES('test/vqa_accuracy_unrounded',67.0,1796210924724,100,0,'96ddc8b7413342a2aa9ec0883288afaf');
INSERT INTO "latest_metrics" VALUES('test/vqa_accuracy/other',18.52,1796210924724,100,0,'96ddc8b7413342a2aa9ec0883288afaf');
INSERT INTO "latest_metrics" VALUES('test/vqa_accuracy_unrounded/other',1.85185185185185190448e+01,1796210924724,100,0,'96ddc8b7413342a2aa9ec0883288afaf');
INSERT INTO "latest_metrics" VALUES('test/vqa_accuracy/question_type/color',11.76,1796210924724,100,0,'96ddc8b7413342a2aa9ec0883288afaf');
INSERT INTO "latest_metrics" VALUES('test/vqa_accuracy_unrounded/question_type/color',1.17647058823529420128e+01,1796210924724,100,0,'96ddc8b7413342a2aa9ec0883288afaf');
INSERT INTO "latest_metrics" VALUES('test/vqa_accuracy/yes/no',84.93,1796210924724,100,0,'96ddc8b7413342a2aa9ec0883288afaf');
INSERT INTO "latest_metrics" VALUES('test/vqa_accuracy_unrounded/yes/no',8.49315068493150704398e+01,1796210924724,100,0,'96ddc8b7413342a2aa9ec0883288afaf');
INSERT INTO "latest_metrics" VALUES('test/vqa_accuracy/question_type/yes/no',84.93,1796210924724,100,0,'96ddc8b7413342a2aa9ec0883288afaf');
INSERT INTO "latest_metrics" VALUES('test/vqa_accuracy_unrounded/question_type/yes/no',8.49315068493150704398e+01,1796210924724,100,0,'96ddc8b7413342a2aa9ec0883288afaf');
INSERT INTO "latest_metrics" VALUES('test/vqa_accuracy/question_type/shape',30.0,1796210924724,100,0,'96ddc8b7413342a2aa9ec0883288afaf');
INSERT INTO "latest_metrics" VALUES('test/vqa_accuracy_unrounded/question_type/shape',30.0,1796210924724,100,0,'96ddc8b7413342a2aa9ec0883288afaf');
INSERT INTO "latest_metrics" VALUES('time/features_s',3.33409781299997121095e+00,1796210924724,100,0,'96ddc8b7413342a2aa9ec0883288afaf');
INSERT INTO "latest_metrics" VALUES('time/lm_load_s',3.11614930000018830469e-01,1796210924724,100,0,'96ddc8b7413342a2aa9ec0883288afaf');
INSERT INTO "latest_metrics" VALUES('time/train_s',4.16987936651999916651e+02,1796210924724,100,0,'96ddc8b7413342a2aa9ec0883288afaf');
INSERT INTO "latest_metrics" VALUES('time/train_step_s',3.82474012081817349439e+00,1796210924724,100,0,'96ddc8b7413342a2aa9ec0883288afaf');
INSERT INTO "latest_metrics" VALUES('time/eval_s',1.75106768959999499197e+01,1796210924724,100,0,'96ddc8b7413342a2aa9ec0883288afaf');
INSERT INTO "latest_metrics" VALUES('time/eval_example_s',1.7510676895999949254e-01,1796210924724,100,0,'96ddc8b7413342a2aa9ec0883288afaf');
INSERT INTO "latest_metrics" VALUES('time/total_s',4.38929557435000106124e+02,1796210924724,100,0,'96ddc8b7413342a2aa9ec0883288afaf');
INSERT INTO "latest_metrics" VALUES('params/trainable',2076480.0,1796210927564,0,0,'68b1e038025d459bb9f544d7270dfa58');
INSERT INTO "latest_metrics" VALUES('params/lm',134515008.0,1796210927564,0,0,'68b1e038025d459bb9f544d7270dfa58');
INSERT INTO "latest_metrics" VALUES('train/loss',7.12077975273132324218e-01,1796211274421,90,0,'68b1e038025d459bb9f544d7270dfa58');
INSERT INTO "latest_metrics" VALUES('train/lr',1.87445699860432937969e-05,1796211274421,90,0,'68b1e038025d459bb9f544d7270dfa58');
INSERT INTO "latest_metrics" VALUES('val/vqa_accuracy',75.0,1796211125706,100,0,'32c085756637483483aa3b844f3a51e4');
INSERT INTO "latest_metrics" VALUES('val/vqa_accuracy_unrounded',75.0,1796211125706,100,0,'32c085756637483483aa3b844f3a51e4');
INSERT INTO "latest_metrics" VALUES('val/vqa_accuracy/yes/no',83.97,1796211125706,100,0,'32c085756637483483aa3b844f3a51e4');
INSERT INTO "latest_metrics" VALUES('val/vqa_accuracy_unrounded/yes/no',8.39743589743589780027e+01,1796211125706,100,0,'32c085756637483483aa3b844f3a51e4');
INSERT INTO "latest_metrics" VALUES('val/vqa_accuracy/question_type/yes/no',83.97,1796211125706,100,0,'32c085756637483483aa3b844f3a51e4');
INSERT INTO "latest_metrics" VALUES('val/vqa_accuracy_unrounded/question_type/yes/no',8.39743589743589780027e+01,1796211125706,100,0,'32c085756637483483aa3b844f3a51e4');
INSERT INTO "latest_metrics" VALUES('val/vqa_accuracy/other',43.18,1796211125706,100,0,'32c085756637483483aa3b844f3a51e4');
INSERT INTO "latest_metrics" VALUES('val/vqa_accuracy_unrounded/other',4.31818181818181798812e+01,1796211125706,100,0,'32c085756637483483aa3b844f3a51e4');
INSERT INTO "latest_metrics" VALUES('val/vqa_accuracy/question_type/color',7.41,1796211125706,100,0,'32c085756637483483aa3b844f3a51e4');
INSERT INTO "latest_metrics" VALUES('val/vqa_accuracy_unrounded/question_type/color',7.4074074074074074403e+00,1796211125706,100,0,'32c085756637483483aa3b844f3a51e4');
INSERT INTO "latest_metrics" VALUES('val/vqa_accuracy/question_type/shape',100.0,1796211125706,100,0,'32c085756637483483aa3b844f3a51e4');
INSERT INTO "latest_metrics" VALUES('val/vqa_accuracy_unrounded/question_type/shape',100.0,1796211125706,100,0,'32c085756637483483aa3b844f3a51e4');
INSERT INTO "latest_metrics" VALUES('test/vqa_accuracy',74.0,1796211154063,100,0,'32c085756637483483aa3b844f3a51e4');
INSERT INTO "latest_metrics" VALUES('test/vqa_accuracy_unrounded',74.0,1796211154063,100,0,'32c085756637483483aa3b844f3a51e4');
INSERT INTO "latest_metrics" VALUES('test/vqa_accuracy/other',44.44,1796211154063,100,0,'32c085756637483483aa3b844f3a51e4');
INSERT INTO "latest_metrics" VALUES('test/vqa_accuracy_unrounded/other',4.44444444444444428663e+01,1796211154063,100,0,'32c085756637483483aa3b844f3a51e4');
INSERT INTO "latest_metrics" VALUES('test/vqa_accuracy/question_type/color',11.76,1796211154063,100,0,'32c085756637483483aa3b844f3a51e4');
INSERT INTO "latest_metrics" VALUES('test/vqa_accuracy_unrounded/question_type/color',1.17647058823529420128e+01,1796211154063,100,0,'32c085756637483483aa3b844f3a51e4');
INSERT INTO "latest_metrics" VALUES('test/vqa_accuracy/yes/no',84.93,1796211154063,100,0,'32c085756637483483aa3b844f3a51e4');
INSERT INTO "latest_metrics" VALUES('test/vqa_accuracy_unrounded/yes/no',8.49315068493150704398e+01,1796211154063,100,0,'32c085756637483483aa3b844f3a51e4');
INSERT INTO "latest_metrics" VALUES('test/vqa_accuracy/question_type/yes/no',84.93,1796211154063,100,0,'32c085756637483483aa3b844f3a51e4');
INSERT INTO "latest_metrics" VALUES('test/vqa_accuracy_unrounded/question_type/yes/no',8.49315068493150704398e+01,1796211154063,100,0,'32c085756637483483aa3b844f3a51e4');
INSERT INTO "latest_metrics" VALUES('test/vqa_accuracy/question_type/shape',100.0,1796211154063,100,0,'32c085756637483483aa3b844f3a51e4');
INSERT INTO "latest_metrics" VALUES('test/vqa_accuracy_unrounded/question_type/shape',100.0,1796211154063,100,0,'32c085756637483483aa3b844f3a51e4');
INSERT INTO "latest_metrics" VALUES('time/features_s',2.52342805900002531416e+00,1796211154063,100,0,'32c085756637483483aa3b844f3a51e4');
INSERT INTO "latest_metrics" VALUES('time/lm_load_s',1.01984378600013769755e+00,1796211154063,100,0,'32c085756637483483aa3b844f3a51e4');
INSERT INTO "latest_metrics" VALUES('time/train_s',517.250953621,1796211154063,100,0,'32c085756637483483aa3b844f3a51e4');
INSERT INTO "latest_metrics" VALUES('time/train_step_s',4.47185153642422505981e+00,1796211154063,100,0,'32c085756637483483aa3b844f3a51e4');
INSERT INTO "latest_metrics" VALUES('time/eval_s',28.2651658960001,1796211154063,100,0,'32c085756637483483aa3b844f3a51e4');
INSERT INTO "latest_metrics" VALUES('time/eval_example_s',0.282651658960001,1796211154063,100,0,'32c085756637483483aa3b844f3a51e4');
INSERT INTO "latest_metrics" VALUES('time/total_s',549.838504775,1796211154063,100,0,'32c085756637483483aa3b844f3a51e4');
INSERT INTO "latest_metrics" VALUES('params/trainable',8450496.0,1796211157962,0,0,'8a0c8265ea7d40dfbe6d4d0bfa871895');
INSERT INTO "latest_metrics" VALUES('params/lm',134515008.0,1796211157962,0,0,'8a0c8265ea7d40dfbe6d4d0bfa871895');
INSERT INTO "latest_metrics" VALUES('train/loss',4.07628685235977172851e-01,1796211268188,20,0,'8a0c8265ea7d40dfbe6d4d0bfa871895');
INSERT INTO "latest_metrics" VALUES('train/lr',2.91255430013956655328e-04,1796211268188,20,0,'8a0c8265ea7d40dfbe6d4d0bfa871895');
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
INSERT INTO "metrics" VALUES('params/trainable',8450496.0,1796209941412,'8b334a41a0f442c3a9f39e9dea3a41fe',0,0);
INSERT INTO "metrics" VALUES('params/lm',134515008.0,1796209941412,'8b334a41a0f442c3a9f39e9dea3a41fe',0,0);
INSERT INTO "metrics" VALUES('params/trainable',2076480.0,1796209951066,'90a047bd2e8e4289ae0f75abe2467960',0,0);
INSERT INTO "metrics" VALUES('params/lm',134515008.0,1796209951066,'90a047bd2e8e4289ae0f75abe2467960',0,0);
INSERT INTO "metrics" VALUES('train/loss',6.10457134246826171875e+00,1796210002646,'90a047bd2e8e4289ae0f75abe2467960',10,0);
INSERT INTO "metrics" VALUES('train/lr',0.003,1796210002646,'90a047bd2e8e4289ae0f75abe2467960',10,0);
INSERT INTO "metrics" VALUES('train/loss',5.93985080718994140625e+00,1796210003392,'8b334a41a0f442c3a9f39e9dea3a41fe',10,0);
INSERT INTO "metrics" VALUES('train/lr',0.003,1796210003392,'8b334a41a0f442c3a9f39e9dea3a41fe',10,0);
INSERT INTO "metrics" VALUES('train/loss',1.00218307971954345703e+00,1796210042758,'90a047bd2e8e4289ae0f75abe2467960',20,0);
INSERT INTO "metrics" VALUES('train/lr',2.90984046807493288919e-03,1796210042758,'90a047bd2e8e4289ae0f75abe2467960',20,0);
INSERT INTO "metrics" VALUES('train/loss',6.25995099544525146484e-01,1796210055116,'8b334a41a0f442c3a9f39e9dea3a41fe',20,0);
INSERT INTO "metrics" VALUES('train/lr',2.90984046807493288919e-03,1796210055116,'8b334a41a0f442c3a9f39e9dea3a41fe',20,0);
INSERT INTO "metrics" VALUES('train/loss',1.12292599678039550781e+00,1796210078223,'90a047bd2e8e4289ae0f75abe2467960',30,0);
INSERT INTO "metrics" VALUES('train/lr',2.65023644246287215509e-03,1796210078223,'90a047bd2e8e4289ae0f75abe2467960',30,0);
INSERT INTO "metrics" VALUES('train/loss',1.2197099924087524414e+00,1796210106829,'8b334a41a0f442c3a9f39e9dea3a41fe',30,0);
INSERT INTO "metrics" VALUES('train/lr',2.65023644246287215509e-03,1796210106829,'8b334a41a0f442c3a9f39e9dea3a41fe',30,0);
INSERT INTO "metrics" VALUES('train/loss',9.20260369777679443359e-01,1796210137789,'90a047bd2e8e4289ae0f75abe2467960',40,0);
INSERT INTO "metrics" VALUES('train/lr',0.0022525,1796210137789,'90a047bd2e8e4289ae0f75abe2467960',40,0);
INSERT INTO "metrics" VALUES('train/loss',9.33495223522186279296e-01,1796210191464,'8b334a41a0f442c3a9f39e9dea3a41fe',40,0);
INSERT INTO "metrics" VALUES('train/lr',0.0022525,1796210191464,'8b334a41a0f442c3a9f39e9dea3a41fe',40,0);
INSERT INTO "metrics" VALUES('train/loss',9.3517398834228515625e-01,1796210200341,'90a047bd2e8e4289ae0f75abe2467960',50,0);
INSERT INTO "metrics" VALUES('train/lr',1.76460402561206121212e-03,1796210200341,'90a047bd2e8e4289ae0f75abe2467960',50,0);
INSERT INTO "metrics" VALUES('train/loss',4.05193418264389038085e-01,1796210261610,'90a047bd2e8e4289ae0f75abe2467960',60,0);
INSERT INTO "metrics" VALUES('train/lr',1.24539597438793931023e-03,1796210261610,'90a047bd2e8e4289ae0f75abe2467960',60,0);
INSERT INTO "metrics" VALUES('train/loss',8.04834961891174316406e-01,1796210269802,'8b334a41a0f442c3a9f39e9dea3a41fe',50,0);
INSERT INTO "metrics" VALUES('train/lr',1.76460402561206121212e-03,1796210269802,'8b334a41a0f442c3a9f39e9dea3a41fe',50,0);
INSERT INTO "metrics" VALUES('train/loss',7.35787928104400634765e-01,1796210330908,'90a047bd2e8e4289ae0f75abe2467960',70,0);
INSERT INTO "metrics" VALUES('train/lr',7.57500000000000360544e-04,1796210330908,'90a047bd2e8e4289ae0f75abe2467960',70,0);
INSERT INTO "metrics" VALUES('train/loss',4.77678328752517700195e-01,1796210343174,'8b334a41a0f442c3a9f39e9dea3a41fe',60,0);
INSERT INTO "metrics" VALUES('train/lr',1.24539597438793931023e-03,1796210343174,'8b334a41a0f442c3a9f39e9dea3a41fe',60,0);
INSERT INTO "metrics" VALUES('train/loss',4.30699467658996582031e-01,1796210364360,'90a047bd2e8e4289ae0f75abe2467960',80,0);
INSERT INTO "metrics" VALUES('train/lr',3.59763557537128042009e-04,1796210364360,'90a047bd2e8e4289ae0f75abe2467960',80,0);
INSERT INTO "metrics" VALUES('train/loss',8.59147369861602783203e-01,1796210381600,'8b334a41a0f442c3a9f39e9dea3a41fe',70,0);
INSERT INTO "metrics" VALUES('train/lr',7.57500000000000360544e-04,1796210381600,'8b334a41a0f442c3a9f39e9dea3a41fe',70,0);
INSERT INTO "metrics" VALUES('train/loss',6.226215362548828125e-01,1796210392273,'90a047bd2e8e4289ae0f75abe2467960',90,0);
INSERT INTO "metrics" VALUES('train/lr',1.00159531925067063961e-04,1796210392273,'90a047bd2e8e4289ae0f75abe2467960',90,0);
INSERT INTO "metrics" VALUES('train/loss',4.86059010028839111328e-01,1796210419719,'8b334a41a0f442c3a9f39e9dea3a41fe',80,0);
INSERT INTO "metrics" VALUES('train/lr',3.59763557537128042009e-04,1796210419719,'8b334a41a0f442c3a9f39e9dea3a41fe',80,0);
INSERT INTO "metrics" VALUES('train/loss',4.22726362943649291992e-01,1796210421451,'90a047bd2e8e4289ae0f75abe2467960',100,0);
INSERT INTO "metrics" VALUES('train/lr',1.0e-05,1796210421451,'90a047bd2e8e4289ae0f75abe2467960',100,0);
INSERT INTO "metrics" VALUES('val/vqa_accuracy',67.5,1796210461229,'90a047bd2e8e4289ae0f75abe2467960',100,0);
INSERT INTO "metrics" VALUES('val/vqa_accuracy_unrounded',67.5,1796210461229,'90a047bd2e8e4289ae0f75abe2467960',100,0);
INSERT INTO "metrics" VALUES('val/vqa_accuracy/yes/no',82.69,1796210461229,'90a047bd2e8e4289ae0f75abe2467960',100,0);
INSERT INTO "metrics" VALUES('val/vqa_accuracy_unrounded/yes/no',82.6923076923077,1796210461229,'90a047bd2e8e4289ae0f75abe2467960',100,0);
INSERT INTO "metrics" VALUES('val/vqa_accuracy/question_type/yes/no',82.69,1796210461229,'90a047bd2e8e4289ae0f75abe2467960',100,0);
INSERT INTO "metrics" VALUES('val/vqa_accuracy_unrounded/question_type/yes/no',82.6923076923077,1796210461229,'90a047bd2e8e4289ae0f75abe2467960',100,0);
INSERT INTO "metrics" VALUES('val/vqa_accuracy/other',13.64,1796210461229,'90a047bd2e8e4289ae0f75abe2467960',100,0);
INSERT INTO "metrics" VALUES('val/vqa_accuracy_unrounded/other',1.36363636363636366868e+01,1796210461229,'90a047bd2e8e4289ae0f75abe2467960',100,0);
INSERT INTO "metrics" VALUES('val/vqa_accuracy/question_type/color',3.7,1796210461229,'90a047bd2e8e4289ae0f75abe2467960',100,0);
INSERT INTO "metrics" VALUES('val/vqa_accuracy_unrounded/question_type/color',3.70370370370370372015e+00,1796210461229,'90a047bd2e8e4289ae0f75abe2467960',100,0);
INSERT INTO "metrics" VALUES('val/vqa_accuracy/question_type/shape',29.41,1796210461229,'90a047bd2e8e4289ae0f75abe2467960',100,0);
INSERT INTO "metrics" VALUES('val/vqa_accuracy_unrounded/question_type/shape',2.94117647058823514791e+01,1796210461229,'90a047bd2e8e4289ae0f75abe2467960',100,0);
INSERT INTO "metrics" VALUES('train/loss',7.00307965278625488281e-01,1796210462036,'8b334a41a0f442c3a9f39e9dea3a41fe',90,0);
INSERT INTO "metrics" VALUES('train/lr',1.00159531925067063961e-04,1796210462036,'8b334a41a0f442c3a9f39e9dea3a41fe',90,0);
INSERT INTO "metrics" VALUES('test/vqa_accuracy',63.0,1796210485268,'90a047bd2e8e4289ae0f75abe2467960',100,0);
INSERT INTO "metrics" VALUES('test/vqa_accuracy_unrounded',63.0,1796210485268,'90a047bd2e8e4289ae0f75abe2467960',100,0);
INSERT INTO "metrics" VALUES('test/vqa_accuracy/other',11.11,1796210485268,'90a047bd2e8e4289ae0f75abe2467960',100,0);
INSERT INTO "metrics" VALUES('test/vqa_accuracy_unrounded/other',1.11111111111111107165e+01,1796210485268,'90a047bd2e8e4289ae0f75abe2467960',100,0);
INSERT INTO "metrics" VALUES('test/vqa_accuracy/question_type/color',5.88,1796210485268,'90a047bd2e8e4289ae0f75abe2467960',100,0);
INSERT INTO "metrics" VALUES('test/vqa_accuracy_unrounded/question_type/color',5.8823529411764710062e+00,1796210485268,'90a047bd2e8e4289ae0f75abe2467960',100,0);
INSERT INTO "metrics" VALUES('test/vqa_accuracy/yes/no',82.19,1796210485268,'90a047bd2e8e4289ae0f75abe2467960',100,0);
INSERT INTO "metrics" VALUES('test/vqa_accuracy_unrounded/yes/no',82.1917808219178,1796210485268,'90a047bd2e8e4289ae0f75abe2467960',100,0);
INSERT INTO "metrics" VALUES('test/vqa_accuracy/question_type/yes/no',82.19,1796210485268,'90a047bd2e8e4289ae0f75abe2467960',100,0);
INSERT INTO "metrics" VALUES('test/vqa_accuracy_unrounded/question_type/yes/no',82.1917808219178,1796210485268,'90a047bd2e8e4289ae0f75abe2467960',100,0);
INSERT INTO "metrics" VALUES('test/vqa_accuracy/question_type/shape',20.0,1796210485268,'90a047bd2e8e4289ae0f75abe2467960',100,0);
INSERT INTO "metrics" VALUES('test/vqa_accuracy_unrounded/question_type/shape',20.0,1796210485268,'90a047bd2e8e4289ae0f75abe2467960',100,0);
INSERT INTO "metrics" VALUES('time/features_s',5.30643138670000098517e+01,1796210485268,'90a047bd2e8e4289ae0f75abe2467960',100,0);
INSERT INTO "metrics" VALUES('time/lm_load_s',3.04121094000038283411e-01,1796210485268,'90a047bd2e8e4289ae0f75abe2467960',100,0);
INSERT INTO "metrics" VALUES('time/train_s',5.10171217233000049871e+02,1796210485268,'90a047bd2e8e4289ae0f75abe2467960',100,0);
INSERT INTO "metrics" VALUES('time/train_step_s',4.64740550403029573089e+00,1796210485268,'90a047bd2e8e4289ae0f75abe2467960',100,0);
INSERT INTO "metrics" VALUES('time/eval_s',2.39714626720000296695e+01,1796210485268,'90a047bd2e8e4289ae0f75abe2467960',100,0);
INSERT INTO "metrics" VALUES('time/eval_example_s',2.39714626720000295589e-01,1796210485268,'90a047bd2e8e4289ae0f75abe2467960',100,0);
INSERT INTO "metrics" VALUES('time/total_s',5.88664330593999920874e+02,1796210485268,'90a047bd2e8e4289ae0f75abe2467960',100,0);
INSERT INTO "metrics" VALUES('params/trainable',2076480.0,1796210490193,'96ddc8b7413342a2aa9ec0883288afaf',0,0);
INSERT INTO "metrics" VALUES('params/lm',134515008.0,1796210490193,'96ddc8b7413342a2aa9ec0883288afaf',0,0);
INSERT INTO "metrics" VALUES('train/loss',4.78267252445220947265e-01,1796210506758,'8b334a41a0f442c3a9f39e9dea3a41fe',100,0);
INSERT INTO "metrics" VALUES('train/lr',1.0e-05,1796210506758,'8b334a41a0f442c3a9f39e9dea3a41fe',100,0);
INSERT INTO "metrics" VALUES('train/loss',1.80771791934967041015e+00,1796210523663,'96ddc8b7413342a2aa9ec0883288afaf',10,0);
INSERT INTO "metrics" VALUES('train/lr',0.001,1796210523663,'96ddc8b7413342a2aa9ec0883288afaf',10,0);
INSERT INTO "metrics" VALUES('train/loss',0.570284366607666,1796210567049,'96ddc8b7413342a2aa9ec0883288afaf',20,0);
INSERT INTO "metrics" VALUES('train/lr',9.70147847289024728434e-04,1796210567049,'96ddc8b7413342a2aa9ec0883288afaf',20,0);
INSERT INTO "metrics" VALUES('val/vqa_accuracy',68.0,1796210568579,'8b334a41a0f442c3a9f39e9dea3a41fe',100,0);
INSERT INTO "metrics" VALUES('val/vqa_accuracy_unrounded',68.0,1796210568579,'8b334a41a0f442c3a9f39e9dea3a41fe',100,0);
INSERT INTO "metrics" VALUES('val/vqa_accuracy/yes/no',82.69,1796210568579,'8b334a41a0f442c3a9f39e9dea3a41fe',100,0);
INSERT INTO "metrics" VALUES('val/vqa_accuracy_unrounded/yes/no',82.6923076923077,1796210568579,'8b334a41a0f442c3a9f39e9dea3a41fe',100,0);
INSERT INTO "metrics" VALUES('val/vqa_accuracy/question_type/yes/no',82.69,1796210568579,'8b334a41a0f442c3a9f39e9dea3a41fe',100,0);
INSERT INTO "metrics" VALUES('val/vqa_accuracy_unrounded/question_type/yes/no',82.6923076923077,1796210568579,'8b334a41a0f442c3a9f39e9dea3a41fe',100,0);
INSERT INTO "metrics" VALUES('val/vqa_accuracy/other',15.91,1796210568579,'8b334a41a0f442c3a9f39e9dea3a41fe',100,0);
INSERT INTO "metrics" VALUES('val/vqa_accuracy_unrounded/other',1.59090909090909082834e+01,1796210568579,'8b334a41a0f442c3a9f39e9dea3a41fe',100,0);
INSERT INTO "metrics" VALUES('val/vqa_accuracy/question_type/color',3.7,1796210568579,'8b334a41a0f442c3a9f39e9dea3a41fe',100,0);
INSERT INTO "metrics" VALUES('val/vqa_accuracy_unrounded/question_type/color',3.70370370370370372015e+00,1796210568579,'8b334a41a0f442c3a9f39e9dea3a41fe',100,0);
INSERT INTO "metrics" VALUES('val/vqa_accuracy/question_type/shape',35.29,1796210568579,'8b334a41a0f442c3a9f39e9dea3a41fe',100,0);
INSERT INTO "metrics" VALUES('val/vqa_accuracy_unrounded/question_type/shape',3.52941176470588260363e+01,1796210568579,'8b334a41a0f442c3a9f39e9dea3a41fe',100,0);
INSERT INTO "metrics" VALUES('test/vqa_accuracy',66.0,1796210603630,'8b334a41a0f442c3a9f39e9dea3a41fe',100,0);
INSERT INTO "metrics" VALUES('test/vqa_accuracy_unrounded',66.0,1796210603630,'8b334a41a0f442c3a9f39e9dea3a41fe',100,0);
INSERT INTO "metrics" VALUES('test/vqa_accuracy/other',18.52,1796210603630,'8b334a41a0f442c3a9f39e9dea3a41fe',100,0);
INSERT INTO "metrics" VALUES('test/vqa_accuracy_unrounded/other',1.85185185185185190448e+01,1796210603630,'8b334a41a0f442c3a9f39e9dea3a41fe',100,0);
INSERT INTO "metrics" VALUES('test/vqa_accuracy/question_type/color',11.76,1796210603630,'8b334a41a0f442c3a9f39e9dea3a41fe',100,0);
INSERT INTO "metrics" VALUES('test/vqa_accuracy_unrounded/question_type/color',1.17647058823529420128e+01,1796210603630,'8b334a41a0f442c3a9f39e9dea3a41fe',100,0);
INSERT INTO "metrics" VALUES('test/vqa_accuracy/yes/no',83.56,1796210603630,'8b334a41a0f442c3a9f39e9dea3a41fe',100,0);
INSERT INTO "metrics" VALUES('test/vqa_accuracy_unrounded/yes/no',8.35616438356164366058e+01,1796210603630,'8b334a41a0f442c3a9f39e9dea3a41fe',100,0);
INSERT INTO "metrics" VALUES('test/vqa_accuracy/question_type/yes/no',83.56,1796210603630,'8b334a41a0f442c3a9f39e9dea3a41fe',100,0);
INSERT INTO "metrics" VALUES('test/vqa_accuracy_unrounded/question_type/yes/no',8.35616438356164366058e+01,1796210603630,'8b334a41a0f442c3a9f39e9dea3a41fe',100,0);
INSERT INTO "metrics" VALUES('test/vqa_accuracy/question_type/shape',30.0,1796210603630,'8b334a41a0f442c3a9f39e9dea3a41fe',100,0);
INSERT INTO "metrics" VALUES('test/vqa_accuracy_unrounded/question_type/shape',30.0,1796210603630,'8b334a41a0f442c3a9f39e9dea3a41fe',100,0);
INSERT INTO "metrics" VALUES('time/features_s',4.35353902349999657408e+01,1796210603630,'8b334a41a0f442c3a9f39e9dea3a41fe',100,0);
INSERT INTO "metrics" VALUES('time/lm_load_s',1.96905567370000085247e+01,1796210603630,'8b334a41a0f442c3a9f39e9dea3a41fe',100,0);
INSERT INTO "metrics" VALUES('time/train_s',6.27199941904000070292e+02,1796210603630,'8b334a41a0f442c3a9f39e9dea3a41fe',100,0);
INSERT INTO "metrics" VALUES('time/train_step_s',5.62728356931313555833e+00,1796210603630,'8b334a41a0f442c3a9f39e9dea3a41fe',100,0);
INSERT INTO "metrics" VALUES('time/eval_s',3.49306726779998371061e+01,1796210603630,'8b334a41a0f442c3a9f39e9dea3a41fe',100,0);
INSERT INTO "metrics" VALUES('time/eval_example_s',3.49306726779998355514e-01,1796210603630,'8b334a41a0f442c3a9f39e9dea3a41fe',100,0);
INSERT INTO "metrics" VALUES('time/total_s',7.26378112775000090535e+02,1796210603630,'8b334a41a0f442c3a9f39e9dea3a41fe',100,0);
INSERT INTO "metrics" VALUES('params/trainable',8450496.0,1796210608457,'32c085756637483483aa3b844f3a51e4',0,0);
INSERT INTO "metrics" VALUES('params/lm',134515008.0,1796210608457,'32c085756637483483aa3b844f3a51e4',0,0);
INSERT INTO "metrics" VALUES('train/loss',9.88049387931823730468e-01,1796210610514,'96ddc8b7413342a2aa9ec0883288afaf',30,0);
INSERT INTO "metrics" VALUES('train/lr',8.84191999343894086994e-04,1796210610514,'96ddc8b7413342a2aa9ec0883288afaf',30,0);
INSERT INTO "metrics" VALUES('train/loss',9.36946988105773925781e-01,1796210658908,'96ddc8b7413342a2aa9ec0883288afaf',40,0);
INSERT INTO "metrics" VALUES('train/lr',7.52499999999999913749e-04,1796210658908,'96ddc8b7413342a2aa9ec0883288afaf',40,0);
INSERT INTO "metrics" VALUES('train/loss',1.00020909309387207031e+00,1796210665015,'32c085756637483483aa3b844f3a51e4',10,0);
INSERT INTO "metrics" VALUES('train/lr',0.001,1796210665015,'32c085756637483483aa3b844f3a51e4',10,0);
INSERT INTO "metrics" VALUES('train/loss',0.917932391166687,1796210704929,'96ddc8b7413342a2aa9ec0883288afaf',50,0);
INSERT INTO "metrics" VALUES('train/lr',5.90955847945130556542e-04,1796210704929,'96ddc8b7413342a2aa9ec0883288afaf',50,0);
INSERT INTO "metrics" VALUES('train/loss',4.33837085962295532226e-01,1796210726067,'32c085756637483483aa3b844f3a51e4',20,0);
INSERT INTO "metrics" VALUES('train/lr',9.70147847289024728434e-04,1796210726067,'32c085756637483483aa3b844f3a51e4',20,0);
INSERT INTO "metrics" VALUES('train/loss',4.14148658514022827148e-01,1796210746158,'96ddc8b7413342a2aa9ec0883288afaf',60,0);
INSERT INTO "metrics" VALUES('train/lr',4.19044152054869490503e-04,1796210746158,'96ddc8b7413342a2aa9ec0883288afaf',60,0);
INSERT INTO "metrics" VALUES('train/loss',1.0841960906982421875e+00,1796210766160,'32c085756637483483aa3b844f3a51e4',30,0);
INSERT INTO "metrics" VALUES('train/lr',8.84191999343894086994e-04,1796210766160,'32c085756637483483aa3b844f3a51e4',30,0);
INSERT INTO "metrics" VALUES('train/loss',8.76922547817230224609e-01,1796210774221,'96ddc8b7413342a2aa9ec0883288afaf',70,0);
INSERT INTO "metrics" VALUES('train/lr',2.57500000000000133296e-04,1796210774221,'96ddc8b7413342a2aa9ec0883288afaf',70,0);
INSERT INTO "metrics" VALUES('train/loss',8.26254308223724365234e-01,1796210800952,'32c085756637483483aa3b844f3a51e4',40,0);
INSERT INTO "metrics" VALUES('train/lr',7.52499999999999913749e-04,1796210800952,'32c085756637483483aa3b844f3a51e4',40,0);
INSERT INTO "metrics" VALUES('train/loss',5.71231126785278320312e-01,1796210802807,'96ddc8b7413342a2aa9ec0883288afaf',80,0);
INSERT INTO "metrics" VALUES('train/lr',1.2580800065610596005e-04,1796210802807,'96ddc8b7413342a2aa9ec0883288afaf',80,0);
INSERT INTO "metrics" VALUES('train/loss',8.47315132617950439453e-01,1796210842050,'96ddc8b7413342a2aa9ec0883288afaf',90,0);
INSERT INTO "metrics" VALUES('train/lr',3.98521527109753863739e-05,1796210842050,'96ddc8b7413342a2aa9ec0883288afaf',90,0);
INSERT INTO "metrics" VALUES('train/loss',6.09490752220153808593e-01,1796210849149,'32c085756637483483aa3b844f3a51e4',50,0);
INSERT INTO "metrics" VALUES('train/lr',5.90955847945130556542e-04,1796210849149,'32c085756637483483aa3b844f3a51e4',50,0);
INSERT INTO "metrics" VALUES('train/loss',4.8134618997573852539e-01,1796210872528,'96ddc8b7413342a2aa9ec0883288afaf',100,0);
INSERT INTO "metrics" VALUES('train/lr',1.0e-05,1796210872528,'96ddc8b7413342a2aa9ec0883288afaf',100,0);
INSERT INTO "metrics" VALUES('train/loss',3.90570104122161865234e-01,1796210885589,'32c085756637483483aa3b844f3a51e4',60,0);
INSERT INTO "metrics" VALUES('train/lr',4.19044152054869490503e-04,1796210885589,'32c085756637483483aa3b844f3a51e4',60,0);
INSERT INTO "metrics" VALUES('val/vqa_accuracy',69.0,1796210907178,'96ddc8b7413342a2aa9ec0883288afaf',100,0);
INSERT INTO "metrics" VALUES('val/vqa_accuracy_unrounded',69.0,1796210907178,'96ddc8b7413342a2aa9ec0883288afaf',100,0);
INSERT INTO "metrics" VALUES('val/vqa_accuracy/yes/no',83.97,1796210907178,'96ddc8b7413342a2aa9ec0883288afaf',100,0);
INSERT INTO "metrics" VALUES('val/vqa_accuracy_unrounded/yes/no',8.39743589743589780027e+01,1796210907178,'96ddc8b7413342a2aa9ec0883288afaf',100,0);
INSERT INTO "metrics" VALUES('val/vqa_accuracy/question_type/yes/no',83.97,1796210907178,'96ddc8b7413342a2aa9ec0883288afaf',100,0);
INSERT INTO "metrics" VALUES('val/vqa_accuracy_unrounded/question_type/yes/no',8.39743589743589780027e+01,1796210907178,'96ddc8b7413342a2aa9ec0883288afaf',100,0);
INSERT INTO "metrics" VALUES('val/vqa_accuracy/other',15.91,1796210907178,'96ddc8b7413342a2aa9ec0883288afaf',100,0);
INSERT INTO "metrics" VALUES('val/vqa_accuracy_unrounded/other',1.59090909090909082834e+01,1796210907178,'96ddc8b7413342a2aa9ec0883288afaf',100,0);
INSERT INTO "metrics" VALUES('val/vqa_accuracy/question_type/color',3.7,1796210907178,'96ddc8b7413342a2aa9ec0883288afaf',100,0);
INSERT INTO "metrics" VALUES('val/vqa_accuracy_unrounded/question_type/color',3.70370370370370372015e+00,1796210907178,'96ddc8b7413342a2aa9ec0883288afaf',100,0);
INSERT INTO "metrics" VALUES('val/vqa_accuracy/question_type/shape',35.29,1796210907178,'96ddc8b7413342a2aa9ec0883288afaf',100,0);
INSERT INTO "metrics" VALUES('val/vqa_accuracy_unrounded/question_type/shape',3.52941176470588260363e+01,1796210907178,'96ddc8b7413342a2aa9ec0883288afaf',100,0);
INSERT INTO "metrics" VALUES('train/loss',4.49125438928604125976e-01,1796210922622,'32c085756637483483aa3b844f3a51e4',70,0);
INSERT INTO "metrics" VALUES('train/lr',2.57500000000000133296e-04,1796210922622,'32c085756637483483aa3b844f3a51e4',70,0);
INSERT INTO "metrics" VALUES('test/vqa_accuracy',67.0,1796210924724,'96ddc8b7413342a2aa9ec0883288afaf',100,0);
INSERT INTO "metrics" VALUES('test/vqa_accuracy_unrounded',67.0,1796210924724,'96ddc8b7413342a2aa9ec0883288afaf',100,0);
INSERT INTO "metrics" VALUES('test/vqa_accuracy/other',18.52,1796210924724,'96ddc8b7413342a2aa9ec0883288afaf',100,0);
INSERT INTO "metrics" VALUES('test/vqa_accuracy_unrounded/other',1.85185185185185190448e+01,1796210924724,'96ddc8b7413342a2aa9ec0883288afaf',100,0);
INSERT INTO "metrics" VALUES('test/vqa_accuracy/question_type/color',11.76,1796210924724,'96ddc8b7413342a2aa9ec0883288afaf',100,0);
INSERT INTO "metrics" VALUES('test/vqa_accuracy_unrounded/question_type/color',1.17647058823529420128e+01,1796210924724,'96ddc8b7413342a2aa9ec0883288afaf',100,0);
INSERT INTO "metrics" VALUES('test/vqa_accuracy/yes/no',84.93,1796210924724,'96ddc8b7413342a2aa9ec0883288afaf',100,0);
INSERT INTO "metrics" VALUES('test/vqa_accuracy_unrounded/yes/no',8.49315068493150704398e+01,1796210924724,'96ddc8b7413342a2aa9ec0883288afaf',100,0);
INSERT INTO "metrics" VALUES('test/vqa_accuracy/question_type/yes/no',84.93,1796210924724,'96ddc8b7413342a2aa9ec0883288afaf',100,0);
INSERT INTO "metrics" VALUES('test/vqa_accuracy_unrounded/question_type/yes/no',8.49315068493150704398e+01,1796210924724,'96ddc8b7413342a2aa9ec0883288afaf',100,0);
INSERT INTO "metrics" VALUES('test/vqa_accuracy/question_type/shape',30.0,1796210924724,'96ddc8b7413342a2aa9ec0883288afaf',100,0);
INSERT INTO "metrics" VALUES('test/vqa_accuracy_unrounded/question_type/shape',30.0,1796210924724,'96ddc8b7413342a2aa9ec0883288afaf',100,0);
INSERT INTO "metrics" VALUES('time/features_s',3.33409781299997121095e+00,1796210924724,'96ddc8b7413342a2aa9ec0883288afaf',100,0);
INSERT INTO "metrics" VALUES('time/lm_load_s',3.11614930000018830469e-01,1796210924724,'96ddc8b7413342a2aa9ec0883288afaf',100,0);
INSERT INTO "metrics" VALUES('time/train_s',4.16987936651999916651e+02,1796210924724,'96ddc8b7413342a2aa9ec0883288afaf',100,0);
INSERT INTO "metrics" VALUES('time/train_step_s',3.82474012081817349439e+00,1796210924724,'96ddc8b7413342a2aa9ec0883288afaf',100,0);
INSERT INTO "metrics" VALUES('time/eval_s',1.75106768959999499197e+01,1796210924724,'96ddc8b7413342a2aa9ec0883288afaf',100,0);
INSERT INTO "metrics" VALUES('time/eval_example_s',1.7510676895999949254e-01,1796210924724,'96ddc8b7413342a2aa9ec0883288afaf',100,0);
INSERT INTO "metrics" VALUES('time/total_s',4.38929557435000106124e+02,1796210924724,'96ddc8b7413342a2aa9ec0883288afaf',100,0);
INSERT INTO "metrics" VALUES('params/trainable',2076480.0,1796210927564,'68b1e038025d459bb9f544d7270dfa58',0,0);
INSERT INTO "metrics" VALUES('params/lm',134515008.0,1796210927564,'68b1e038025d459bb9f544d7270dfa58',0,0);
INSERT INTO "metrics" VALUES('train/loss',1.94244146347045898437e+00,1796210954233,'68b1e038025d459bb9f544d7270dfa58',10,0);
INSERT INTO "metrics" VALUES('train/lr',0.0003,1796210954233,'68b1e038025d459bb9f544d7270dfa58',10,0);
INSERT INTO "metrics" VALUES('train/loss',4.42300468683242797851e-01,1796210956989,'32c085756637483483aa3b844f3a51e4',80,0);
INSERT INTO "metrics" VALUES('train/lr',1.2580800065610596005e-04,1796210956989,'32c085756637483483aa3b844f3a51e4',80,0);
INSERT INTO "metrics" VALUES('train/loss',0.602253258228302,1796210989925,'68b1e038025d459bb9f544d7270dfa58',20,0);
INSERT INTO "metrics" VALUES('train/lr',2.91255430013956655328e-04,1796210989925,'68b1e038025d459bb9f544d7270dfa58',20,0);
INSERT INTO "metrics" VALUES('train/loss',3.94349992275238037109e-01,1796211005659,'32c085756637483483aa3b844f3a51e4',90,0);
INSERT INTO "metrics" VALUES('train/lr',3.98521527109753863739e-05,1796211005659,'32c085756637483483aa3b844f3a51e4',90,0);
INSERT INTO "metrics" VALUES('train/loss',9.98578011989593505859e-01,1796211029374,'68b1e038025d459bb9f544d7270dfa58',30,0);
INSERT INTO "metrics" VALUES('train/lr',2.6607644425225175774e-04,1796211029374,'68b1e038025d459bb9f544d7270dfa58',30,0);
INSERT INTO "metrics" VALUES('train/loss',0.318627268075943,1796211056671,'32c085756637483483aa3b844f3a51e4',100,0);
INSERT INTO "metrics" VALUES('train/lr',1.0e-05,1796211056671,'32c085756637483483aa3b844f3a51e4',100,0);
INSERT INTO "metrics" VALUES('train/loss',9.61078584194183349609e-01,1796211067947,'68b1e038025d459bb9f544d7270dfa58',40,0);
INSERT INTO "metrics" VALUES('train/lr',2.27499999999999973293e-04,1796211067947,'68b1e038025d459bb9f544d7270dfa58',40,0);
INSERT INTO "metrics" VALUES('train/loss',9.65558707714080810546e-01,1796211108509,'68b1e038025d459bb9f544d7270dfa58',50,0);
INSERT INTO "metrics" VALUES('train/lr',1.80178985761704897562e-04,1796211108509,'68b1e038025d459bb9f544d7270dfa58',50,0);
INSERT INTO "metrics" VALUES('val/vqa_accuracy',75.0,1796211125706,'32c085756637483483aa3b844f3a51e4',100,0);
INSERT INTO "metrics" VALUES('val/vqa_accuracy_unrounded',75.0,1796211125706,'32c085756637483483aa3b844f3a51e4',100,0);
INSERT INTO "metrics" VALUES('val/vqa_accuracy/yes/no',83.97,1796211125706,'32c085756637483483aa3b844f3a51e4',100,0);
INSERT INTO "metrics" VALUES('val/vqa_accuracy_unrounded/yes/no',8.39743589743589780027e+01,1796211125706,'32c085756637483483aa3b844f3a51e4',100,0);
INSERT INTO "metrics" VALUES('val/vqa_accuracy/question_type/yes/no',83.97,1796211125706,'32c085756637483483aa3b844f3a51e4',100,0);
INSERT INTO "metrics" VALUES('val/vqa_accuracy_unrounded/question_type/yes/no',8.39743589743589780027e+01,1796211125706,'32c085756637483483aa3b844f3a51e4',100,0);
INSERT INTO "metrics" VALUES('val/vqa_accuracy/other',43.18,1796211125706,'32c085756637483483aa3b844f3a51e4',100,0);
INSERT INTO "metrics" VALUES('val/vqa_accuracy_unrounded/other',4.31818181818181798812e+01,1796211125706,'32c085756637483483aa3b844f3a51e4',100,0);
INSERT INTO "metrics" VALUES('val/vqa_accuracy/question_type/color',7.41,1796211125706,'32c085756637483483aa3b844f3a51e4',100,0);
INSERT INTO "metrics" VALUES('val/vqa_accuracy_unrounded/question_type/color',7.4074074074074074403e+00,1796211125706,'32c085756637483483aa3b844f3a51e4',100,0);
INSERT INTO "metrics" VALUES('val/vqa_accuracy/question_type/shape',100.0,1796211125706,'32c085756637483483aa3b844f3a51e4',100,0);
INSERT INTO "metrics" VALUES('val/vqa_accuracy_unrounded/question_type/shape',100.0,1796211125706,'32c085756637483483aa3b844f3a51e4',100,0);
INSERT INTO "metrics" VALUES('train/loss',3.90016287565231323242e-01,1796211149243,'68b1e038025d459bb9f544d7270dfa58',60,0);
INSERT INTO "metrics" VALUES('train/lr',1.29821014238295102385e-04,1796211149243,'68b1e038025d459bb9f544d7270dfa58',60,0);
INSERT INTO "metrics" VALUES('test/vqa_accuracy',74.0,1796211154063,'32c085756637483483aa3b844f3a51e4',100,0);
INSERT INTO "metrics" VALUES('test/vqa_accuracy_unrounded',74.0,1796211154063,'32c085756637483483aa3b844f3a51e4',100,0);
INSERT INTO "metrics" VALUES('test/vqa_accuracy/other',44.44,1796211154063,'32c085756637483483aa3b844f3a51e4',100,0);
INSERT INTO "metrics" VALUES('test/vqa_accuracy_unrounded/other',4.44444444444444428663e+01,1796211154063,'32c085756637483483aa3b844f3a51e4',100,0);
INSERT INTO "metrics" VALUES('test/vqa_accuracy/question_type/color',11.76,1796211154063,'32c085756637483483aa3b844f3a51e4',100,0);
INSERT INTO "metrics" VALUES('test/vqa_accuracy_unrounded/question_type/color',1.17647058823529420128e+01,1796211154063,'32c085756637483483aa3b844f3a51e4',100,0);
INSERT INTO "metrics" VALUES('test/vqa_accuracy/yes/no',84.93,1796211154063,'32c085756637483483aa3b844f3a51e4',100,0);
INSERT INTO "metrics" VALUES('test/vqa_accuracy_unrounded/yes/no',8.49315068493150704398e+01,1796211154063,'32c085756637483483aa3b844f3a51e4',100,0);
INSERT INTO "metrics" VALUES('test/vqa_accuracy/question_type/yes/no',84.93,1796211154063,'32c085756637483483aa3b844f3a51e4',100,0);
INSERT INTO "metrics" VALUES('test/vqa_accuracy_unrounded/question_type/yes/no',8.49315068493150704398e+01,1796211154063,'32c085756637483483aa3b844f3a51e4',100,0);
INSERT INTO "metrics" VALUES('test/vqa_accuracy/question_type/shape',100.0,1796211154063,'32c085756637483483aa3b844f3a51e4',100,0);
INSERT INTO "metrics" VALUES('test/vqa_accuracy_unrounded/question_type/shape',100.0,1796211154063,'32c085756637483483aa3b844f3a51e4',100,0);
INSERT INTO "metrics" VALUES('time/features_s',2.52342805900002531416e+00,1796211154063,'32c085756637483483aa3b844f3a51e4',100,0);
INSERT INTO "metrics" VALUES('time/lm_load_s',1.01984378600013769755e+00,1796211154063,'32c085756637483483aa3b844f3a51e4',100,0);
INSERT INTO "metrics" VALUES('time/train_s',517.250953621,1796211154063,'32c085756637483483aa3b844f3a51e4',100,0);
INSERT INTO "metrics" VALUES('time/train_step_s',4.47185153642422505981e+00,1796211154063,'32c085756637483483aa3b844f3a51e4',100,0);
INSERT INTO "metrics" VALUES('time/eval_s',28.2651658960001,1796211154063,'32c085756637483483aa3b844f3a51e4',100,0);
INSERT INTO "metrics" VALUES('time/eval_example_s',0.282651658960001,1796211154063,'32c085756637483483aa3b844f3a51e4',100,0);
INSERT INTO "metrics" VALUES('time/total_s',549.838504775,1796211154063,'32c085756637483483aa3b844f3a51e4',100,0);
INSERT INTO "metrics" VALUES('params/trainable',8450496.0,1796211157962,'8a0c8265ea7d40dfbe6d4d0bfa871895',0,0);
INSERT INTO "metrics" VALUES('params/lm',134515008.0,1796211157962,'8a0c8265ea7d40dfbe6d4d0bfa871895',0,0);
INSERT INTO "metrics" VALUES('train/loss',8.38820338249206542968e-01,1796211185595,'68b1e038025d459bb9f544d7270dfa58',70,0);
INSERT INTO "metrics" VALUES('train/lr',8.2500000000000026654e-05,1796211185595,'68b1e038025d459bb9f544d7270dfa58',70,0);
INSERT INTO "metrics" VALUES('train/loss',7.12695717811584472656e-01,1796211213113,'8a0c8265ea7d40dfbe6d4d0bfa871895',10,0);
INSERT INTO "metrics" VALUES('train/lr',0.0003,1796211213113,'8a0c8265ea7d40dfbe6d4d0bfa871895',10,0);
INSERT INTO "metrics" VALUES('train/loss',5.50641894340515136718e-01,1796211234622,'68b1e038025d459bb9f544d7270dfa58',80,0);
INSERT INTO "metrics" VALUES('train/lr',4.39235557477482e-05,1796211234622,'68b1e038025d459bb9f544d7270dfa58',80,0);
INSERT INTO "metrics" VALUES('train/loss',4.07628685235977172851e-01,1796211268188,'8a0c8265ea7d40dfbe6d4d0bfa871895',20,0);
INSERT INTO "metrics" VALUES('train/lr',2.91255430013956655328e-04,1796211268188,'8a0c8265ea7d40dfbe6d4d0bfa871895',20,0);
INSERT INTO "metrics" VALUES('train/loss',7.12077975273132324218e-01,1796211274421,'68b1e038025d459bb9f544d7270dfa58',90,0);
INSERT INTO "metrics" VALUES('train/lr',1.87445699860432937969e-05,1796211274421,'68b1e038025d459bb9f544d7270dfa58',90,0);
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
INSERT INTO "params" VALUES('study','tune-resampler','49115958788e488f8e0243b14908a598');
INSERT INTO "params" VALUES('study','tune-depalm-qp','221e644320824cfe8715acfb34cc0880');
INSERT INTO "params" VALUES('config.method','resampler','8b334a41a0f442c3a9f39e9dea3a41fe');
INSERT INTO "params" VALUES('config.task','easy-vqa','8b334a41a0f442c3a9f39e9dea3a41fe');
INSERT INTO "params" VALUES('config.lm','smollm2-135m','8b334a41a0f442c3a9f39e9dea3a41fe');
INSERT INTO "params" VALUES('config.encoder','efficientnet-lite0','8b334a41a0f442c3a9f39e9dea3a41fe');
INSERT INTO "params" VALUES('config.seed','0','8b334a41a0f442c3a9f39e9dea3a41fe');
INSERT INTO "params" VALUES('config.output_dir','runs/reference-tune/resampler','8b334a41a0f442c3a9f39e9dea3a41fe');
INSERT INTO "params" VALUES('config.run_name','trial-0','8b334a41a0f442c3a9f39e9dea3a41fe');
INSERT INTO "params" VALUES('config.cache_dir','None','8b334a41a0f442c3a9f39e9dea3a41fe');
INSERT INTO "params" VALUES('config.tracking_uri','sqlite:////work/main/runs/reference-tune/mlflow.db','8b334a41a0f442c3a9f39e9dea3a41fe');
INSERT INTO "params" VALUES('config.experiment','bench-tune','8b334a41a0f442c3a9f39e9dea3a41fe');
INSERT INTO "params" VALUES('config.recipe','shared','8b334a41a0f442c3a9f39e9dea3a41fe');
INSERT INTO "params" VALUES('config.method_options','{}','8b334a41a0f442c3a9f39e9dea3a41fe');
INSERT INTO "params" VALUES('config.train.steps','100','8b334a41a0f442c3a9f39e9dea3a41fe');
INSERT INTO "params" VALUES('config.train.batch_size','16','8b334a41a0f442c3a9f39e9dea3a41fe');
INSERT INTO "params" VALUES('config.train.grad_accum','1','8b334a41a0f442c3a9f39e9dea3a41fe');
INSERT INTO "params" VALUES('config.train.lr','0.003','8b334a41a0f442c3a9f39e9dea3a41fe');
INSERT INTO "params" VALUES('config.train.min_lr','1e-05','8b334a41a0f442c3a9f39e9dea3a41fe');
INSERT INTO "params" VALUES('config.train.weight_decay','0.02','8b334a41a0f442c3a9f39e9dea3a41fe');
INSERT INTO "params" VALUES('config.train.warmup_steps','10','8b334a41a0f442c3a9f39e9dea3a41fe');
INSERT INTO "params" VALUES('config.train.grad_clip','1.0','8b334a41a0f442c3a9f39e9dea3a41fe');
INSERT INTO "params" VALUES('config.train.precision','bf16','8b334a41a0f442c3a9f39e9dea3a41fe');
INSERT INTO "params" VALUES('config.train.eval_every','0','8b334a41a0f442c3a9f39e9dea3a41fe');
INSERT INTO "params" VALUES('config.train.log_every','10','8b334a41a0f442c3a9f39e9dea3a41fe');
INSERT INTO "params" VALUES('config.train.checkpoint_every','50','8b334a41a0f442c3a9f39e9dea3a41fe');
INSERT INTO "params" VALUES('config.train.loss_reduction','token_mean','8b334a41a0f442c3a9f39e9dea3a41fe');
INSERT INTO "params" VALUES('config.train.loss_weight','1.0','8b334a41a0f442c3a9f39e9dea3a41fe');
INSERT INTO "params" VALUES('config.train.betas','[0.9, 0.999]','8b334a41a0f442c3a9f39e9dea3a41fe');
INSERT INTO "params" VALUES('config.train.eps','1e-08','8b334a41a0f442c3a9f39e9dea3a41fe');
INSERT INTO "params" VALUES('config.train.schedule','cosine','8b334a41a0f442c3a9f39e9dea3a41fe');
INSERT INTO "params" VALUES('config.train.param_groups','[]','8b334a41a0f442c3a9f39e9dea3a41fe');
INSERT INTO "params" VALUES('config.train.loss_tokens','answer','8b334a41a0f442c3a9f39e9dea3a41fe');
INSERT INTO "params" VALUES('config.train.label_smoothing','0.0','8b334a41a0f442c3a9f39e9dea3a41fe');
INSERT INTO "params" VALUES('config.train.lm_dropout','False','8b334a41a0f442c3a9f39e9dea3a41fe');
INSERT INTO "params" VALUES('config.eval.batch_size','64','8b334a41a0f442c3a9f39e9dea3a41fe');
INSERT INTO "params" VALUES('config.eval.max_new_tokens','5','8b334a41a0f442c3a9f39e9dea3a41fe');
INSERT INTO "params" VALUES('config.eval.num_beams','1','8b334a41a0f442c3a9f39e9dea3a41fe');
INSERT INTO "params" VALUES('config.eval.length_penalty','1.0','8b334a41a0f442c3a9f39e9dea3a41fe');
INSERT INTO "params" VALUES('config.eval.max_examples','100','8b334a41a0f442c3a9f39e9dea3a41fe');
INSERT INTO "params" VALUES('config.eval.val_max_examples','200','8b334a41a0f442c3a9f39e9dea3a41fe');
INSERT INTO "params" VALUES('config.data.fraction','0.1','8b334a41a0f442c3a9f39e9dea3a41fe');
INSERT INTO "params" VALUES('config.data.data_dir','None','8b334a41a0f442c3a9f39e9dea3a41fe');
INSERT INTO "params" VALUES('config.data.val_images','0.1','8b334a41a0f442c3a9f39e9dea3a41fe');
INSERT INTO "params" VALUES('config.data.eval_split','None','8b334a41a0f442c3a9f39e9dea3a41fe');
INSERT INTO "params" VALUES('config.data.missing_media','error','8b334a41a0f442c3a9f39e9dea3a41fe');
INSERT INTO "params" VALUES('config.data.variant','None','8b334a41a0f442c3a9f39e9dea3a41fe');
INSERT INTO "params" VALUES('config.data.augment_views','0','8b334a41a0f442c3a9f39e9dea3a41fe');
INSERT INTO "params" VALUES('config.data.augmentations','[]','8b334a41a0f442c3a9f39e9dea3a41fe');
INSERT INTO "params" VALUES('config.data.feature_norm','auto','8b334a41a0f442c3a9f39e9dea3a41fe');
INSERT INTO "params" VALUES('method_config.preset','lite','8b334a41a0f442c3a9f39e9dea3a41fe');
INSERT INTO "params" VALUES('method_config.perceiver_dim','None','8b334a41a0f442c3a9f39e9dea3a41fe');
INSERT INTO "params" VALUES('method_config.perceiver_depth','None','8b334a41a0f442c3a9f39e9dea3a41fe');
INSERT INTO "params" VALUES('method_config.num_latents','None','8b334a41a0f442c3a9f39e9dea3a41fe');
INSERT INTO "params" VALUES('method_config.heads','None','8b334a41a0f442c3a9f39e9dea3a41fe');
INSERT INTO "params" VALUES('method_config.dim_head','None','8b334a41a0f442c3a9f39e9dea3a41fe');
INSERT INTO "params" VALUES('method_config.ff_mult','None','8b334a41a0f442c3a9f39e9dea3a41fe');
INSERT INTO "params" VALUES('method_config.output_projection','None','8b334a41a0f442c3a9f39e9dea3a41fe');
INSERT INTO "params" VALUES('method_config.patch_tokens_only','True','8b334a41a0f442c3a9f39e9dea3a41fe');
INSERT INTO "params" VALUES('config.method','depalm-qp','90a047bd2e8e4289ae0f75abe2467960');
INSERT INTO "params" VALUES('config.task','easy-vqa','90a047bd2e8e4289ae0f75abe2467960');
INSERT INTO "params" VALUES('config.lm','smollm2-135m','90a047bd2e8e4289ae0f75abe2467960');
INSERT INTO "params" VALUES('config.encoder','efficientnet-lite0','90a047bd2e8e4289ae0f75abe2467960');
INSERT INTO "params" VALUES('config.seed','0','90a047bd2e8e4289ae0f75abe2467960');
INSERT INTO "params" VALUES('config.output_dir','runs/reference-tune/depalm-qp','90a047bd2e8e4289ae0f75abe2467960');
INSERT INTO "params" VALUES('config.run_name','trial-0','90a047bd2e8e4289ae0f75abe2467960');
INSERT INTO "params" VALUES('config.cache_dir','None','90a047bd2e8e4289ae0f75abe2467960');
INSERT INTO "params" VALUES('config.tracking_uri','sqlite:////work/main/runs/reference-tune/mlflow.db','90a047bd2e8e4289ae0f75abe2467960');
INSERT INTO "params" VALUES('config.experiment','bench-tune','90a047bd2e8e4289ae0f75abe2467960');
INSERT INTO "params" VALUES('config.recipe','shared','90a047bd2e8e4289ae0f75abe2467960');
INSERT INTO "params" VALUES('config.method_options','{}','90a047bd2e8e4289ae0f75abe2467960');
INSERT INTO "params" VALUES('config.train.steps','100','90a047bd2e8e4289ae0f75abe2467960');
INSERT INTO "params" VALUES('config.train.batch_size','16','90a047bd2e8e4289ae0f75abe2467960');
INSERT INTO "params" VALUES('config.train.grad_accum','1','90a047bd2e8e4289ae0f75abe2467960');
INSERT INTO "params" VALUES('config.train.lr','0.003','90a047bd2e8e4289ae0f75abe2467960');
INSERT INTO "params" VALUES('config.train.min_lr','1e-05','90a047bd2e8e4289ae0f75abe2467960');
INSERT INTO "params" VALUES('config.train.weight_decay','0.02','90a047bd2e8e4289ae0f75abe2467960');
INSERT INTO "params" VALUES('config.train.warmup_steps','10','90a047bd2e8e4289ae0f75abe2467960');
INSERT INTO "params" VALUES('config.train.grad_clip','1.0','90a047bd2e8e4289ae0f75abe2467960');
INSERT INTO "params" VALUES('config.train.precision','bf16','90a047bd2e8e4289ae0f75abe2467960');
INSERT INTO "params" VALUES('config.train.eval_every','0','90a047bd2e8e4289ae0f75abe2467960');
INSERT INTO "params" VALUES('config.train.log_every','10','90a047bd2e8e4289ae0f75abe2467960');
INSERT INTO "params" VALUES('config.train.checkpoint_every','50','90a047bd2e8e4289ae0f75abe2467960');
INSERT INTO "params" VALUES('config.train.loss_reduction','token_mean','90a047bd2e8e4289ae0f75abe2467960');
INSERT INTO "params" VALUES('config.train.loss_weight','1.0','90a047bd2e8e4289ae0f75abe2467960');
INSERT INTO "params" VALUES('config.train.betas','[0.9, 0.999]','90a047bd2e8e4289ae0f75abe2467960');
INSERT INTO "params" VALUES('config.train.eps','1e-08','90a047bd2e8e4289ae0f75abe2467960');
INSERT INTO "params" VALUES('config.train.schedule','cosine','90a047bd2e8e4289ae0f75abe2467960');
INSERT INTO "params" VALUES('config.train.param_groups','[]','90a047bd2e8e4289ae0f75abe2467960');
INSERT INTO "params" VALUES('config.train.loss_tokens','answer','90a047bd2e8e4289ae0f75abe2467960');
INSERT INTO "params" VALUES('config.train.label_smoothing','0.0','90a047bd2e8e4289ae0f75abe2467960');
INSERT INTO "params" VALUES('config.train.lm_dropout','False','90a047bd2e8e4289ae0f75abe2467960');
INSERT INTO "params" VALUES('config.eval.batch_size','64','90a047bd2e8e4289ae0f75abe2467960');
INSERT INTO "params" VALUES('config.eval.max_new_tokens','5','90a047bd2e8e4289ae0f75abe2467960');
INSERT INTO "params" VALUES('config.eval.num_beams','1','90a047bd2e8e4289ae0f75abe2467960');
INSERT INTO "params" VALUES('config.eval.length_penalty','1.0','90a047bd2e8e4289ae0f75abe2467960');
INSERT INTO "params" VALUES('config.eval.max_examples','100','90a047bd2e8e4289ae0f75abe2467960');
INSERT INTO "params" VALUES('config.eval.val_max_examples','200','90a047bd2e8e4289ae0f75abe2467960');
INSERT INTO "params" VALUES('config.data.fraction','0.1','90a047bd2e8e4289ae0f75abe2467960');
INSERT INTO "params" VALUES('config.data.data_dir','None','90a047bd2e8e4289ae0f75abe2467960');
INSERT INTO "params" VALUES('config.data.val_images','0.1','90a047bd2e8e4289ae0f75abe2467960');
INSERT INTO "params" VALUES('config.data.eval_split','None','90a047bd2e8e4289ae0f75abe2467960');
INSERT INTO "params" VALUES('config.data.missing_media','error','90a047bd2e8e4289ae0f75abe2467960');
INSERT INTO "params" VALUES('config.data.variant','None','90a047bd2e8e4289ae0f75abe2467960');
INSERT INTO "params" VALUES('config.data.augment_views','0','90a047bd2e8e4289ae0f75abe2467960');
INSERT INTO "params" VALUES('config.data.augmentations','[]','90a047bd2e8e4289ae0f75abe2467960');
INSERT INTO "params" VALUES('config.data.feature_norm','auto','90a047bd2e8e4289ae0f75abe2467960');
INSERT INTO "params" VALUES('method_config.preset','lite','90a047bd2e8e4289ae0f75abe2467960');
INSERT INTO "params" VALUES('method_config.width','None','90a047bd2e8e4289ae0f75abe2467960');
INSERT INTO "params" VALUES('method_config.layers','None','90a047bd2e8e4289ae0f75abe2467960');
INSERT INTO "params" VALUES('method_config.heads','None','90a047bd2e8e4289ae0f75abe2467960');
INSERT INTO "params" VALUES('method_config.num_queries','None','90a047bd2e8e4289ae0f75abe2467960');
INSERT INTO "params" VALUES('method_config.prompt_length','None','90a047bd2e8e4289ae0f75abe2467960');
INSERT INTO "params" VALUES('method_config.dropout','0.1','90a047bd2e8e4289ae0f75abe2467960');
INSERT INTO "params" VALUES('method_config.patch_tokens_only','False','90a047bd2e8e4289ae0f75abe2467960');
INSERT INTO "params" VALUES('config.method','depalm-qp','96ddc8b7413342a2aa9ec0883288afaf');
INSERT INTO "params" VALUES('config.task','easy-vqa','96ddc8b7413342a2aa9ec0883288afaf');
INSERT INTO "params" VALUES('config.lm','smollm2-135m','96ddc8b7413342a2aa9ec0883288afaf');
INSERT INTO "params" VALUES('config.encoder','efficientnet-lite0','96ddc8b7413342a2aa9ec0883288afaf');
INSERT INTO "params" VALUES('config.seed','0','96ddc8b7413342a2aa9ec0883288afaf');
INSERT INTO "params" VALUES('config.output_dir','runs/reference-tune/depalm-qp','96ddc8b7413342a2aa9ec0883288afaf');
INSERT INTO "params" VALUES('config.run_name','trial-1','96ddc8b7413342a2aa9ec0883288afaf');
INSERT INTO "params" VALUES('config.cache_dir','None','96ddc8b7413342a2aa9ec0883288afaf');
INSERT INTO "params" VALUES('config.tracking_uri','sqlite:////work/main/runs/reference-tune/mlflow.db','96ddc8b7413342a2aa9ec0883288afaf');
INSERT INTO "params" VALUES('config.experiment','bench-tune','96ddc8b7413342a2aa9ec0883288afaf');
INSERT INTO "params" VALUES('config.recipe','shared','96ddc8b7413342a2aa9ec0883288afaf');
INSERT INTO "params" VALUES('config.method_options','{}','96ddc8b7413342a2aa9ec0883288afaf');
INSERT INTO "params" VALUES('config.train.steps','100','96ddc8b7413342a2aa9ec0883288afaf');
INSERT INTO "params" VALUES('config.train.batch_size','16','96ddc8b7413342a2aa9ec0883288afaf');
INSERT INTO "params" VALUES('config.train.grad_accum','1','96ddc8b7413342a2aa9ec0883288afaf');
INSERT INTO "params" VALUES('config.train.lr','0.001','96ddc8b7413342a2aa9ec0883288afaf');
INSERT INTO "params" VALUES('config.train.min_lr','1e-05','96ddc8b7413342a2aa9ec0883288afaf');
INSERT INTO "params" VALUES('config.train.weight_decay','0.02','96ddc8b7413342a2aa9ec0883288afaf');
INSERT INTO "params" VALUES('config.train.warmup_steps','10','96ddc8b7413342a2aa9ec0883288afaf');
INSERT INTO "params" VALUES('config.train.grad_clip','1.0','96ddc8b7413342a2aa9ec0883288afaf');
INSERT INTO "params" VALUES('config.train.precision','bf16','96ddc8b7413342a2aa9ec0883288afaf');
INSERT INTO "params" VALUES('config.train.eval_every','0','96ddc8b7413342a2aa9ec0883288afaf');
INSERT INTO "params" VALUES('config.train.log_every','10','96ddc8b7413342a2aa9ec0883288afaf');
INSERT INTO "params" VALUES('config.train.checkpoint_every','50','96ddc8b7413342a2aa9ec0883288afaf');
INSERT INTO "params" VALUES('config.train.loss_reduction','token_mean','96ddc8b7413342a2aa9ec0883288afaf');
INSERT INTO "params" VALUES('config.train.loss_weight','1.0','96ddc8b7413342a2aa9ec0883288afaf');
INSERT INTO "params" VALUES('config.train.betas','[0.9, 0.999]','96ddc8b7413342a2aa9ec0883288afaf');
INSERT INTO "params" VALUES('config.train.eps','1e-08','96ddc8b7413342a2aa9ec0883288afaf');
INSERT INTO "params" VALUES('config.train.schedule','cosine','96ddc8b7413342a2aa9ec0883288afaf');
INSERT INTO "params" VALUES('config.train.param_groups','[]','96ddc8b7413342a2aa9ec0883288afaf');
INSERT INTO "params" VALUES('config.train.loss_tokens','answer','96ddc8b7413342a2aa9ec0883288afaf');
INSERT INTO "params" VALUES('config.train.label_smoothing','0.0','96ddc8b7413342a2aa9ec0883288afaf');
INSERT INTO "params" VALUES('config.train.lm_dropout','False','96ddc8b7413342a2aa9ec0883288afaf');
INSERT INTO "params" VALUES('config.eval.batch_size','64','96ddc8b7413342a2aa9ec0883288afaf');
INSERT INTO "params" VALUES('config.eval.max_new_tokens','5','96ddc8b7413342a2aa9ec0883288afaf');
INSERT INTO "params" VALUES('config.eval.num_beams','1','96ddc8b7413342a2aa9ec0883288afaf');
INSERT INTO "params" VALUES('config.eval.length_penalty','1.0','96ddc8b7413342a2aa9ec0883288afaf');
INSERT INTO "params" VALUES('config.eval.max_examples','100','96ddc8b7413342a2aa9ec0883288afaf');
INSERT INTO "params" VALUES('config.eval.val_max_examples','200','96ddc8b7413342a2aa9ec0883288afaf');
INSERT INTO "params" VALUES('config.data.fraction','0.1','96ddc8b7413342a2aa9ec0883288afaf');
INSERT INTO "params" VALUES('config.data.data_dir','None','96ddc8b7413342a2aa9ec0883288afaf');
INSERT INTO "params" VALUES('config.data.val_images','0.1','96ddc8b7413342a2aa9ec0883288afaf');
INSERT INTO "params" VALUES('config.data.eval_split','None','96ddc8b7413342a2aa9ec0883288afaf');
INSERT INTO "params" VALUES('config.data.missing_media','error','96ddc8b7413342a2aa9ec0883288afaf');
INSERT INTO "params" VALUES('config.data.variant','None','96ddc8b7413342a2aa9ec0883288afaf');
INSERT INTO "params" VALUES('config.data.augment_views','0','96ddc8b7413342a2aa9ec0883288afaf');
INSERT INTO "params" VALUES('config.data.augmentations','[]','96ddc8b7413342a2aa9ec0883288afaf');
INSERT INTO "params" VALUES('config.data.feature_norm','auto','96ddc8b7413342a2aa9ec0883288afaf');
INSERT INTO "params" VALUES('method_config.preset','lite','96ddc8b7413342a2aa9ec0883288afaf');
INSERT INTO "params" VALUES('method_config.width','None','96ddc8b7413342a2aa9ec0883288afaf');
INSERT INTO "params" VALUES('method_config.layers','None','96ddc8b7413342a2aa9ec0883288afaf');
INSERT INTO "params" VALUES('method_config.heads','None','96ddc8b7413342a2aa9ec0883288afaf');
INSERT INTO "params" VALUES('method_config.num_queries','None','96ddc8b7413342a2aa9ec0883288afaf');
INSERT INTO "params" VALUES('method_config.prompt_length','None','96ddc8b7413342a2aa9ec0883288afaf');
INSERT INTO "params" VALUES('method_config.dropout','0.1','96ddc8b7413342a2aa9ec0883288afaf');
INSERT INTO "params" VALUES('method_config.patch_tokens_only','False','96ddc8b7413342a2aa9ec0883288afaf');
INSERT INTO "params" VALUES('config.method','resampler','32c085756637483483aa3b844f3a51e4');
INSERT INTO "params" VALUES('config.task','easy-vqa','32c085756637483483aa3b844f3a51e4');
INSERT INTO "params" VALUES('config.lm','smollm2-135m','32c085756637483483aa3b844f3a51e4');
INSERT INTO "params" VALUES('config.encoder','efficientnet-lite0','32c085756637483483aa3b844f3a51e4');
INSERT INTO "params" VALUES('config.seed','0','32c085756637483483aa3b844f3a51e4');
INSERT INTO "params" VALUES('config.output_dir','runs/reference-tune/resampler','32c085756637483483aa3b844f3a51e4');
INSERT INTO "params" VALUES('config.run_name','trial-1','32c085756637483483aa3b844f3a51e4');
INSERT INTO "params" VALUES('config.cache_dir','None','32c085756637483483aa3b844f3a51e4');
INSERT INTO "params" VALUES('config.tracking_uri','sqlite:////work/main/runs/reference-tune/mlflow.db','32c085756637483483aa3b844f3a51e4');
INSERT INTO "params" VALUES('config.experiment','bench-tune','32c085756637483483aa3b844f3a51e4');
INSERT INTO "params" VALUES('config.recipe','shared','32c085756637483483aa3b844f3a51e4');
INSERT INTO "params" VALUES('config.method_options','{}','32c085756637483483aa3b844f3a51e4');
INSERT INTO "params" VALUES('config.train.steps','100','32c085756637483483aa3b844f3a51e4');
INSERT INTO "params" VALUES('config.train.batch_size','16','32c085756637483483aa3b844f3a51e4');
INSERT INTO "params" VALUES('config.train.grad_accum','1','32c085756637483483aa3b844f3a51e4');
INSERT INTO "params" VALUES('config.train.lr','0.001','32c085756637483483aa3b844f3a51e4');
INSERT INTO "params" VALUES('config.train.min_lr','1e-05','32c085756637483483aa3b844f3a51e4');
INSERT INTO "params" VALUES('config.train.weight_decay','0.02','32c085756637483483aa3b844f3a51e4');
INSERT INTO "params" VALUES('config.train.warmup_steps','10','32c085756637483483aa3b844f3a51e4');
INSERT INTO "params" VALUES('config.train.grad_clip','1.0','32c085756637483483aa3b844f3a51e4');
INSERT INTO "params" VALUES('config.train.precision','bf16','32c085756637483483aa3b844f3a51e4');
INSERT INTO "params" VALUES('config.train.eval_every','0','32c085756637483483aa3b844f3a51e4');
INSERT INTO "params" VALUES('config.train.log_every','10','32c085756637483483aa3b844f3a51e4');
INSERT INTO "params" VALUES('config.train.checkpoint_every','50','32c085756637483483aa3b844f3a51e4');
INSERT INTO "params" VALUES('config.train.loss_reduction','token_mean','32c085756637483483aa3b844f3a51e4');
INSERT INTO "params" VALUES('config.train.loss_weight','1.0','32c085756637483483aa3b844f3a51e4');
INSERT INTO "params" VALUES('config.train.betas','[0.9, 0.999]','32c085756637483483aa3b844f3a51e4');
INSERT INTO "params" VALUES('config.train.eps','1e-08','32c085756637483483aa3b844f3a51e4');
INSERT INTO "params" VALUES('config.train.schedule','cosine','32c085756637483483aa3b844f3a51e4');
INSERT INTO "params" VALUES('config.train.param_groups','[]','32c085756637483483aa3b844f3a51e4');
INSERT INTO "params" VALUES('config.train.loss_tokens','answer','32c085756637483483aa3b844f3a51e4');
INSERT INTO "params" VALUES('config.train.label_smoothing','0.0','32c085756637483483aa3b844f3a51e4');
INSERT INTO "params" VALUES('config.train.lm_dropout','False','32c085756637483483aa3b844f3a51e4');
INSERT INTO "params" VALUES('config.eval.batch_size','64','32c085756637483483aa3b844f3a51e4');
INSERT INTO "params" VALUES('config.eval.max_new_tokens','5','32c085756637483483aa3b844f3a51e4');
INSERT INTO "params" VALUES('config.eval.num_beams','1','32c085756637483483aa3b844f3a51e4');
INSERT INTO "params" VALUES('config.eval.length_penalty','1.0','32c085756637483483aa3b844f3a51e4');
INSERT INTO "params" VALUES('config.eval.max_examples','100','32c085756637483483aa3b844f3a51e4');
INSERT INTO "params" VALUES('config.eval.val_max_examples','200','32c085756637483483aa3b844f3a51e4');
INSERT INTO "params" VALUES('config.data.fraction','0.1','32c085756637483483aa3b844f3a51e4');
INSERT INTO "params" VALUES('config.data.data_dir','None','32c085756637483483aa3b844f3a51e4');
INSERT INTO "params" VALUES('config.data.val_images','0.1','32c085756637483483aa3b844f3a51e4');
INSERT INTO "params" VALUES('config.data.eval_split','None','32c085756637483483aa3b844f3a51e4');
INSERT INTO "params" VALUES('config.data.missing_media','error','32c085756637483483aa3b844f3a51e4');
INSERT INTO "params" VALUES('config.data.variant','None','32c085756637483483aa3b844f3a51e4');
INSERT INTO "params" VALUES('config.data.augment_views','0','32c085756637483483aa3b844f3a51e4');
INSERT INTO "params" VALUES('config.data.augmentations','[]','32c085756637483483aa3b844f3a51e4');
INSERT INTO "params" VALUES('config.data.feature_norm','auto','32c085756637483483aa3b844f3a51e4');
INSERT INTO "params" VALUES('method_config.preset','lite','32c085756637483483aa3b844f3a51e4');
INSERT INTO "params" VALUES('method_config.perceiver_dim','None','32c085756637483483aa3b844f3a51e4');
INSERT INTO "params" VALUES('method_config.perceiver_depth','None','32c085756637483483aa3b844f3a51e4');
INSERT INTO "params" VALUES('method_config.num_latents','None','32c085756637483483aa3b844f3a51e4');
INSERT INTO "params" VALUES('method_config.heads','None','32c085756637483483aa3b844f3a51e4');
INSERT INTO "params" VALUES('method_config.dim_head','None','32c085756637483483aa3b844f3a51e4');
INSERT INTO "params" VALUES('method_config.ff_mult','None','32c085756637483483aa3b844f3a51e4');
INSERT INTO "params" VALUES('method_config.output_projection','None','32c085756637483483aa3b844f3a51e4');
INSERT INTO "params" VALUES('method_config.patch_tokens_only','True','32c085756637483483aa3b844f3a51e4');
INSERT INTO "params" VALUES('config.method','depalm-qp','68b1e038025d459bb9f544d7270dfa58');
INSERT INTO "params" VALUES('config.task','easy-vqa','68b1e038025d459bb9f544d7270dfa58');
INSERT INTO "params" VALUES('config.lm','smollm2-135m','68b1e038025d459bb9f544d7270dfa58');
INSERT INTO "params" VALUES('config.encoder','efficientnet-lite0','68b1e038025d459bb9f544d7270dfa58');
INSERT INTO "params" VALUES('config.seed','0','68b1e038025d459bb9f544d7270dfa58');
INSERT INTO "params" VALUES('config.output_dir','runs/reference-tune/depalm-qp','68b1e038025d459bb9f544d7270dfa58');
INSERT INTO "params" VALUES('config.run_name','trial-2','68b1e038025d459bb9f544d7270dfa58');
INSERT INTO "params" VALUES('config.cache_dir','None','68b1e038025d459bb9f544d7270dfa58');
INSERT INTO "params" VALUES('config.tracking_uri','sqlite:////work/main/runs/reference-tune/mlflow.db','68b1e038025d459bb9f544d7270dfa58');
INSERT INTO "params" VALUES('config.experiment','bench-tune','68b1e038025d459bb9f544d7270dfa58');
INSERT INTO "params" VALUES('config.recipe','shared','68b1e038025d459bb9f544d7270dfa58');
INSERT INTO "params" VALUES('config.method_options','{}','68b1e038025d459bb9f544d7270dfa58');
INSERT INTO "params" VALUES('config.train.steps','100','68b1e038025d459bb9f544d7270dfa58');
INSERT INTO "params" VALUES('config.train.batch_size','16','68b1e038025d459bb9f544d7270dfa58');
INSERT INTO "params" VALUES('config.train.grad_accum','1','68b1e038025d459bb9f544d7270dfa58');
INSERT INTO "params" VALUES('config.train.lr','0.0003','68b1e038025d459bb9f544d7270dfa58');
INSERT INTO "params" VALUES('config.train.min_lr','1e-05','68b1e038025d459bb9f544d7270dfa58');
INSERT INTO "params" VALUES('config.train.weight_decay','0.02','68b1e038025d459bb9f544d7270dfa58');
INSERT INTO "params" VALUES('config.train.warmup_steps','10','68b1e038025d459bb9f544d7270dfa58');
INSERT INTO "params" VALUES('config.train.grad_clip','1.0','68b1e038025d459bb9f544d7270dfa58');
INSERT INTO "params" VALUES('config.train.precision','bf16','68b1e038025d459bb9f544d7270dfa58');
INSERT INTO "params" VALUES('config.train.eval_every','0','68b1e038025d459bb9f544d7270dfa58');
INSERT INTO "params" VALUES('config.train.log_every','10','68b1e038025d459bb9f544d7270dfa58');
INSERT INTO "params" VALUES('config.train.checkpoint_every','50','68b1e038025d459bb9f544d7270dfa58');
INSERT INTO "params" VALUES('config.train.loss_reduction','token_mean','68b1e038025d459bb9f544d7270dfa58');
INSERT INTO "params" VALUES('config.train.loss_weight','1.0','68b1e038025d459bb9f544d7270dfa58');
INSERT INTO "params" VALUES('config.train.betas','[0.9, 0.999]','68b1e038025d459bb9f544d7270dfa58');
INSERT INTO "params" VALUES('config.train.eps','1e-08','68b1e038025d459bb9f544d7270dfa58');
INSERT INTO "params" VALUES('config.train.schedule','cosine','68b1e038025d459bb9f544d7270dfa58');
INSERT INTO "params" VALUES('config.train.param_groups','[]','68b1e038025d459bb9f544d7270dfa58');
INSERT INTO "params" VALUES('config.train.loss_tokens','answer','68b1e038025d459bb9f544d7270dfa58');
INSERT INTO "params" VALUES('config.train.label_smoothing','0.0','68b1e038025d459bb9f544d7270dfa58');
INSERT INTO "params" VALUES('config.train.lm_dropout','False','68b1e038025d459bb9f544d7270dfa58');
INSERT INTO "params" VALUES('config.eval.batch_size','64','68b1e038025d459bb9f544d7270dfa58');
INSERT INTO "params" VALUES('config.eval.max_new_tokens','5','68b1e038025d459bb9f544d7270dfa58');
INSERT INTO "params" VALUES('config.eval.num_beams','1','68b1e038025d459bb9f544d7270dfa58');
INSERT INTO "params" VALUES('config.eval.length_penalty','1.0','68b1e038025d459bb9f544d7270dfa58');
INSERT INTO "params" VALUES('config.eval.max_examples','100','68b1e038025d459bb9f544d7270dfa58');
INSERT INTO "params" VALUES('config.eval.val_max_examples','200','68b1e038025d459bb9f544d7270dfa58');
INSERT INTO "params" VALUES('config.data.fraction','0.1','68b1e038025d459bb9f544d7270dfa58');
INSERT INTO "params" VALUES('config.data.data_dir','None','68b1e038025d459bb9f544d7270dfa58');
INSERT INTO "params" VALUES('config.data.val_images','0.1','68b1e038025d459bb9f544d7270dfa58');
INSERT INTO "params" VALUES('config.data.eval_split','None','68b1e038025d459bb9f544d7270dfa58');
INSERT INTO "params" VALUES('config.data.missing_media','error','68b1e038025d459bb9f544d7270dfa58');
INSERT INTO "params" VALUES('config.data.variant','None','68b1e038025d459bb9f544d7270dfa58');
INSERT INTO "params" VALUES('config.data.augment_views','0','68b1e038025d459bb9f544d7270dfa58');
INSERT INTO "params" VALUES('config.data.augmentations','[]','68b1e038025d459bb9f544d7270dfa58');
INSERT INTO "params" VALUES('config.data.feature_norm','auto','68b1e038025d459bb9f544d7270dfa58');
INSERT INTO "params" VALUES('method_config.preset','lite','68b1e038025d459bb9f544d7270dfa58');
INSERT INTO "params" VALUES('method_config.width','None','68b1e038025d459bb9f544d7270dfa58');
INSERT INTO "params" VALUES('method_config.layers','None','68b1e038025d459bb9f544d7270dfa58');
INSERT INTO "params" VALUES('method_config.heads','None','68b1e038025d459bb9f544d7270dfa58');
INSERT INTO "params" VALUES('method_config.num_queries','None','68b1e038025d459bb9f544d7270dfa58');
INSERT INTO "params" VALUES('method_config.prompt_length','None','68b1e038025d459bb9f544d7270dfa58');
INSERT INTO "params" VALUES('method_config.dropout','0.1','68b1e038025d459bb9f544d7270dfa58');
INSERT INTO "params" VALUES('method_config.patch_tokens_only','False','68b1e038025d459bb9f544d7270dfa58');
INSERT INTO "params" VALUES('config.method','resampler','8a0c8265ea7d40dfbe6d4d0bfa871895');
INSERT INTO "params" VALUES('config.task','easy-vqa','8a0c8265ea7d40dfbe6d4d0bfa871895');
INSERT INTO "params" VALUES('config.lm','smollm2-135m','8a0c8265ea7d40dfbe6d4d0bfa871895');
INSERT INTO "params" VALUES('config.encoder','efficientnet-lite0','8a0c8265ea7d40dfbe6d4d0bfa871895');
INSERT INTO "params" VALUES('config.seed','0','8a0c8265ea7d40dfbe6d4d0bfa871895');
INSERT INTO "params" VALUES('config.output_dir','runs/reference-tune/resampler','8a0c8265ea7d40dfbe6d4d0bfa871895');
INSERT INTO "params" VALUES('config.run_name','trial-2','8a0c8265ea7d40dfbe6d4d0bfa871895');
INSERT INTO "params" VALUES('config.cache_dir','None','8a0c8265ea7d40dfbe6d4d0bfa871895');
INSERT INTO "params" VALUES('config.tracking_uri','sqlite:////work/main/runs/reference-tune/mlflow.db','8a0c8265ea7d40dfbe6d4d0bfa871895');
INSERT INTO "params" VALUES('config.experiment','bench-tune','8a0c8265ea7d40dfbe6d4d0bfa871895');
INSERT INTO "params" VALUES('config.recipe','shared','8a0c8265ea7d40dfbe6d4d0bfa871895');
INSERT INTO "params" VALUES('config.method_options','{}','8a0c8265ea7d40dfbe6d4d0bfa871895');
INSERT INTO "params" VALUES('config.train.steps','100','8a0c8265ea7d40dfbe6d4d0bfa871895');
INSERT INTO "params" VALUES('config.train.batch_size','16','8a0c8265ea7d40dfbe6d4d0bfa871895');
INSERT INTO "params" VALUES('config.train.grad_accum','1','8a0c8265ea7d40dfbe6d4d0bfa871895');
INSERT INTO "params" VALUES('config.train.lr','0.0003','8a0c8265ea7d40dfbe6d4d0bfa871895');
INSERT INTO "params" VALUES('config.train.min_lr','1e-05','8a0c8265ea7d40dfbe6d4d0bfa871895');
INSERT INTO "params" VALUES('config.train.weight_decay','0.02','8a0c8265ea7d40dfbe6d4d0bfa871895');
INSERT INTO "params" VALUES('config.train.warmup_steps','10','8a0c8265ea7d40dfbe6d4d0bfa871895');
INSERT INTO "params" VALUES('config.train.grad_clip','1.0','8a0c8265ea7d40dfbe6d4d0bfa871895');
INSERT INTO "params" VALUES('config.train.precision','bf16','8a0c8265ea7d40dfbe6d4d0bfa871895');
INSERT INTO "params" VALUES('config.train.eval_every','0','8a0c8265ea7d40dfbe6d4d0bfa871895');
INSERT INTO "params" VALUES('config.train.log_every','10','8a0c8265ea7d40dfbe6d4d0bfa871895');
INSERT INTO "params" VALUES('config.train.checkpoint_every','50','8a0c8265ea7d40dfbe6d4d0bfa871895');
INSERT INTO "params" VALUES('config.train.loss_reduction','token_mean','8a0c8265ea7d40dfbe6d4d0bfa871895');
INSERT INTO "params" VALUES('config.train.loss_weight','1.0','8a0c8265ea7d40dfbe6d4d0bfa871895');
INSERT INTO "params" VALUES('config.train.betas','[0.9, 0.999]','8a0c8265ea7d40dfbe6d4d0bfa871895');
INSERT INTO "params" VALUES('config.train.eps','1e-08','8a0c8265ea7d40dfbe6d4d0bfa871895');
INSERT INTO "params" VALUES('config.train.schedule','cosine','8a0c8265ea7d40dfbe6d4d0bfa871895');
INSERT INTO "params" VALUES('config.train.param_groups','[]','8a0c8265ea7d40dfbe6d4d0bfa871895');
INSERT INTO "params" VALUES('config.train.loss_tokens','answer','8a0c8265ea7d40dfbe6d4d0bfa871895');
INSERT INTO "params" VALUES('config.train.label_smoothing','0.0','8a0c8265ea7d40dfbe6d4d0bfa871895');
INSERT INTO "params" VALUES('config.train.lm_dropout','False','8a0c8265ea7d40dfbe6d4d0bfa871895');
INSERT INTO "params" VALUES('config.eval.batch_size','64','8a0c8265ea7d40dfbe6d4d0bfa871895');
INSERT INTO "params" VALUES('config.eval.max_new_tokens','5','8a0c8265ea7d40dfbe6d4d0bfa871895');
INSERT INTO "params" VALUES('config.eval.num_beams','1','8a0c8265ea7d40dfbe6d4d0bfa871895');
INSERT INTO "params" VALUES('config.eval.length_penalty','1.0','8a0c8265ea7d40dfbe6d4d0bfa871895');
INSERT INTO "params" VALUES('config.eval.max_examples','100','8a0c8265ea7d40dfbe6d4d0bfa871895');
INSERT INTO "params" VALUES('config.eval.val_max_examples','200','8a0c8265ea7d40dfbe6d4d0bfa871895');
INSERT INTO "params" VALUES('config.data.fraction','0.1','8a0c8265ea7d40dfbe6d4d0bfa871895');
INSERT INTO "params" VALUES('config.data.data_dir','None','8a0c8265ea7d40dfbe6d4d0bfa871895');
INSERT INTO "params" VALUES('config.data.val_images','0.1','8a0c8265ea7d40dfbe6d4d0bfa871895');
INSERT INTO "params" VALUES('config.data.eval_split','None','8a0c8265ea7d40dfbe6d4d0bfa871895');
INSERT INTO "params" VALUES('config.data.missing_media','error','8a0c8265ea7d40dfbe6d4d0bfa871895');
INSERT INTO "params" VALUES('config.data.variant','None','8a0c8265ea7d40dfbe6d4d0bfa871895');
INSERT INTO "params" VALUES('config.data.augment_views','0','8a0c8265ea7d40dfbe6d4d0bfa871895');
INSERT INTO "params" VALUES('config.data.augmentations','[]','8a0c8265ea7d40dfbe6d4d0bfa871895');
INSERT INTO "params" VALUES('config.data.feature_norm','auto','8a0c8265ea7d40dfbe6d4d0bfa871895');
INSERT INTO "params" VALUES('method_config.preset','lite','8a0c8265ea7d40dfbe6d4d0bfa871895');
INSERT INTO "params" VALUES('method_config.perceiver_dim','None','8a0c8265ea7d40dfbe6d4d0bfa871895');
INSERT INTO "params" VALUES('method_config.perceiver_depth','None','8a0c8265ea7d40dfbe6d4d0bfa871895');
INSERT INTO "params" VALUES('method_config.num_latents','None','8a0c8265ea7d40dfbe6d4d0bfa871895');
INSERT INTO "params" VALUES('method_config.heads','None','8a0c8265ea7d40dfbe6d4d0bfa871895');
INSERT INTO "params" VALUES('method_config.dim_head','None','8a0c8265ea7d40dfbe6d4d0bfa871895');
INSERT INTO "params" VALUES('method_config.ff_mult','None','8a0c8265ea7d40dfbe6d4d0bfa871895');
INSERT INTO "params" VALUES('method_config.output_projection','None','8a0c8265ea7d40dfbe6d4d0bfa871895');
INSERT INTO "params" VALUES('method_config.patch_tokens_only','True','8a0c8265ea7d40dfbe6d4d0bfa871895');
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
INSERT INTO "runs" VALUES('49115958788e488f8e0243b14908a598','tune-resampler','UNKNOWN','','','unknown','RUNNING',1796209876936,NULL,'','active','file:///work/main/runs/reference-tune/mlartifacts/49115958788e488f8e0243b14908a598/artifacts',1,NULL);
INSERT INTO "runs" VALUES('221e644320824cfe8715acfb34cc0880','tune-depalm-qp','UNKNOWN','','','unknown','RUNNING',1796209896290,NULL,'','active','file:///work/main/runs/reference-tune/mlartifacts/221e644320824cfe8715acfb34cc0880/artifacts',1,NULL);
INSERT INTO "runs" VALUES('8b334a41a0f442c3a9f39e9dea3a41fe','trial-0','UNKNOWN','','','unknown','FINISHED',1796209941385,1796210603655,'','active','file:///work/main/runs/reference-tune/mlartifacts/8b334a41a0f442c3a9f39e9dea3a41fe/artifacts',1,NULL);
INSERT INTO "runs" VALUES('90a047bd2e8e4289ae0f75abe2467960','trial-0','UNKNOWN','','','unknown','FINISHED',1796209951010,1796210485295,'','active','file:///work/main/runs/reference-tune/mlartifacts/90a047bd2e8e4289ae0f75abe2467960/artifacts',1,NULL);
INSERT INTO "runs" VALUES('96ddc8b7413342a2aa9ec0883288afaf','trial-1','UNKNOWN','','','unknown','FINISHED',1796210490137,1796210924735,'','active','file:///work/main/runs/reference-tune/mlartifacts/96ddc8b7413342a2aa9ec0883288afaf/artifacts',1,NULL);
INSERT INTO "runs" VALUES('32c085756637483483aa3b844f3a51e4','trial-1','UNKNOWN','','','unknown','FINISHED',1796210608361,1796211154078,'','active','file:///work/main/runs/reference-tune/mlartifacts/32c085756637483483aa3b844f3a51e4/artifacts',1,NULL);
INSERT INTO "runs" VALUES('68b1e038025d459bb9f544d7270dfa58','trial-2','UNKNOWN','','','unknown','RUNNING',1796210927531,NULL,'','active','file:///work/main/runs/reference-tune/mlartifacts/68b1e038025d459bb9f544d7270dfa58/artifacts',1,NULL);
INSERT INTO "runs" VALUES('8a0c8265ea7d40dfbe6d4d0bfa871895','trial-2','UNKNOWN','','','unknown','RUNNING',1796211157897,NULL,'','active','file:///work/main/runs/reference-tune/mlartifacts/8a0c8265ea7d40dfbe6d4d0bfa871895/artifacts',1,NULL);
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
INSERT INTO "tags" VALUES('mlflow.runName','tune-resampler','49115958788e488f8e0243b14908a598');
INSERT INTO "tags" VALUES('git.commit','87e7c1fa018ec42065b361bfac5eb9a86ae51342','49115958788e488f8e0243b14908a598');
INSERT INTO "tags" VALUES('git.dirty','True','49115958788e488f8e0243b14908a598');
INSERT INTO "tags" VALUES('hostname','vm','49115958788e488f8e0243b14908a598');
INSERT INTO "tags" VALUES('mlflow.source.git.commit','87e7c1fa018ec42065b361bfac5eb9a86ae51342','49115958788e488f8e0243b14908a598');
INSERT INTO "tags" VALUES('version.torch','2.14.1','49115958788e488f8e0243b14908a598');
INSERT INTO "tags" VALUES('version.transformers','5.24.0','49115958788e488f8e0243b14908a598');
INSERT INTO "tags" VALUES('version.timm','1.0.31','49115958788e488f8e0243b14908a598');
INSERT INTO "tags" VALUES('version.accelerate','1.15.0','49115958788e488f8e0243b14908a598');
INSERT INTO "tags" VALUES('version.mlflow','3.17.2','49115958788e488f8e0243b14908a598');
INSERT INTO "tags" VALUES('version.safetensors','0.8.0','49115958788e488f8e0243b14908a598');
INSERT INTO "tags" VALUES('version.numpy','2.4.6','49115958788e488f8e0243b14908a598');
INSERT INTO "tags" VALUES('version.python','3.11.7','49115958788e488f8e0243b14908a598');
INSERT INTO "tags" VALUES('hardware.gpus','none','49115958788e488f8e0243b14908a598');
INSERT INTO "tags" VALUES('hardware.torch_threads','1','49115958788e488f8e0243b14908a598');
INSERT INTO "tags" VALUES('tune.study','tune-resampler','49115958788e488f8e0243b14908a598');
INSERT INTO "tags" VALUES('tune.role','study','49115958788e488f8e0243b14908a598');
INSERT INTO "tags" VALUES('mlflow.runName','tune-depalm-qp','221e644320824cfe8715acfb34cc0880');
INSERT INTO "tags" VALUES('git.commit','87e7c1fa018ec42065b361bfac5eb9a86ae51342','221e644320824cfe8715acfb34cc0880');
INSERT INTO "tags" VALUES('git.dirty','True','221e644320824cfe8715acfb34cc0880');
INSERT INTO "tags" VALUES('hostname','vm','221e644320824cfe8715acfb34cc0880');
INSERT INTO "tags" VALUES('mlflow.source.git.commit','87e7c1fa018ec42065b361bfac5eb9a86ae51342','221e644320824cfe8715acfb34cc0880');
INSERT INTO "tags" VALUES('version.torch','2.14.1','221e644320824cfe8715acfb34cc0880');
INSERT INTO "tags" VALUES('version.transformers','5.24.0','221e644320824cfe8715acfb34cc0880');
INSERT INTO "tags" VALUES('version.timm','1.0.31','221e644320824cfe8715acfb34cc0880');
INSERT INTO "tags" VALUES('version.accelerate','1.15.0','221e644320824cfe8715acfb34cc0880');
INSERT INTO "tags" VALUES('version.mlflow','3.17.2','221e644320824cfe8715acfb34cc0880');
INSERT INTO "tags" VALUES('version.safetensors','0.8.0','221e644320824cfe8715acfb34cc0880');
INSERT INTO "tags" VALUES('version.numpy','2.4.6','221e644320824cfe8715acfb34cc0880');
INSERT INTO "tags" VALUES('version.python','3.11.7','221e644320824cfe8715acfb34cc0880');
INSERT INTO "tags" VALUES('hardware.gpus','none','221e644320824cfe8715acfb34cc0880');
INSERT INTO "tags" VALUES('hardware.torch_threads','1','221e644320824cfe8715acfb34cc0880');
INSERT INTO "tags" VALUES('tune.study','tune-depalm-qp','221e644320824cfe8715acfb34cc0880');
INSERT INTO "tags" VALUES('tune.role','study','221e644320824cfe8715acfb34cc0880');
INSERT INTO "tags" VALUES('mlflow.runName','trial-0','8b334a41a0f442c3a9f39e9dea3a41fe');
INSERT INTO "tags" VALUES('git.commit','87e7c1fa018ec42065b361bfac5eb9a86ae51342','8b334a41a0f442c3a9f39e9dea3a41fe');
INSERT INTO "tags" VALUES('git.dirty','True','8b334a41a0f442c3a9f39e9dea3a41fe');
INSERT INTO "tags" VALUES('hostname','vm','8b334a41a0f442c3a9f39e9dea3a41fe');
INSERT INTO "tags" VALUES('mlflow.source.git.commit','87e7c1fa018ec42065b361bfac5eb9a86ae51342','8b334a41a0f442c3a9f39e9dea3a41fe');
INSERT INTO "tags" VALUES('version.torch','2.14.1','8b334a41a0f442c3a9f39e9dea3a41fe');
INSERT INTO "tags" VALUES('version.transformers','5.24.0','8b334a41a0f442c3a9f39e9dea3a41fe');
INSERT INTO "tags" VALUES('version.timm','1.0.31','8b334a41a0f442c3a9f39e9dea3a41fe');
INSERT INTO "tags" VALUES('version.accelerate','1.15.0','8b334a41a0f442c3a9f39e9dea3a41fe');
INSERT INTO "tags" VALUES('version.mlflow','3.17.2','8b334a41a0f442c3a9f39e9dea3a41fe');
INSERT INTO "tags" VALUES('version.safetensors','0.8.0','8b334a41a0f442c3a9f39e9dea3a41fe');
INSERT INTO "tags" VALUES('version.numpy','2.4.6','8b334a41a0f442c3a9f39e9dea3a41fe');
INSERT INTO "tags" VALUES('version.python','3.11.7','8b334a41a0f442c3a9f39e9dea3a41fe');
INSERT INTO "tags" VALUES('hardware.gpus','none','8b334a41a0f442c3a9f39e9dea3a41fe');
INSERT INTO "tags" VALUES('hardware.torch_threads','1','8b334a41a0f442c3a9f39e9dea3a41fe');
INSERT INTO "tags" VALUES('method','resampler','8b334a41a0f442c3a9f39e9dea3a41fe');
INSERT INTO "tags" VALUES('task','easy-vqa','8b334a41a0f442c3a9f39e9dea3a41fe');
INSERT INTO "tags" VALUES('lm','smollm2-135m','8b334a41a0f442c3a9f39e9dea3a41fe');
INSERT INTO "tags" VALUES('encoder','efficientnet-lite0','8b334a41a0f442c3a9f39e9dea3a41fe');
INSERT INTO "tags" VALUES('metric','vqa_accuracy','8b334a41a0f442c3a9f39e9dea3a41fe');
INSERT INTO "tags" VALUES('data_fraction','0.1','8b334a41a0f442c3a9f39e9dea3a41fe');
INSERT INTO "tags" VALUES('seed','0','8b334a41a0f442c3a9f39e9dea3a41fe');
INSERT INTO "tags" VALUES('tune.study','tune-resampler','8b334a41a0f442c3a9f39e9dea3a41fe');
INSERT INTO "tags" VALUES('tune.trial','0','8b334a41a0f442c3a9f39e9dea3a41fe');
INSERT INTO "tags" VALUES('encoder_regime','frozen','8b334a41a0f442c3a9f39e9dea3a41fe');
INSERT INTO "tags" VALUES('mlflow.parentRunId','49115958788e488f8e0243b14908a598','8b334a41a0f442c3a9f39e9dea3a41fe');
INSERT INTO "tags" VALUES('mlflow.runName','trial-0','90a047bd2e8e4289ae0f75abe2467960');
INSERT INTO "tags" VALUES('git.commit','87e7c1fa018ec42065b361bfac5eb9a86ae51342','90a047bd2e8e4289ae0f75abe2467960');
INSERT INTO "tags" VALUES('git.dirty','True','90a047bd2e8e4289ae0f75abe2467960');
INSERT INTO "tags" VALUES('hostname','vm','90a047bd2e8e4289ae0f75abe2467960');
INSERT INTO "tags" VALUES('mlflow.source.git.commit','87e7c1fa018ec42065b361bfac5eb9a86ae51342','90a047bd2e8e4289ae0f75abe2467960');
INSERT INTO "tags" VALUES('version.torch','2.14.1','90a047bd2e8e4289ae0f75abe2467960');
INSERT INTO "tags" VALUES('version.transformers','5.24.0','90a047bd2e8e4289ae0f75abe2467960');
INSERT INTO "tags" VALUES('version.timm','1.0.31','90a047bd2e8e4289ae0f75abe2467960');
INSERT INTO "tags" VALUES('version.accelerate','1.15.0','90a047bd2e8e4289ae0f75abe2467960');
INSERT INTO "tags" VALUES('version.mlflow','3.17.2','90a047bd2e8e4289ae0f75abe2467960');
INSERT INTO "tags" VALUES('version.safetensors','0.8.0','90a047bd2e8e4289ae0f75abe2467960');
INSERT INTO "tags" VALUES('version.numpy','2.4.6','90a047bd2e8e4289ae0f75abe2467960');
INSERT INTO "tags" VALUES('version.python','3.11.7','90a047bd2e8e4289ae0f75abe2467960');
INSERT INTO "tags" VALUES('hardware.gpus','none','90a047bd2e8e4289ae0f75abe2467960');
INSERT INTO "tags" VALUES('hardware.torch_threads','1','90a047bd2e8e4289ae0f75abe2467960');
INSERT INTO "tags" VALUES('method','depalm-qp','90a047bd2e8e4289ae0f75abe2467960');
INSERT INTO "tags" VALUES('task','easy-vqa','90a047bd2e8e4289ae0f75abe2467960');
INSERT INTO "tags" VALUES('lm','smollm2-135m','90a047bd2e8e4289ae0f75abe2467960');
INSERT INTO "tags" VALUES('encoder','efficientnet-lite0','90a047bd2e8e4289ae0f75abe2467960');
INSERT INTO "tags" VALUES('metric','vqa_accuracy','90a047bd2e8e4289ae0f75abe2467960');
INSERT INTO "tags" VALUES('data_fraction','0.1','90a047bd2e8e4289ae0f75abe2467960');
INSERT INTO "tags" VALUES('seed','0','90a047bd2e8e4289ae0f75abe2467960');
INSERT INTO "tags" VALUES('tune.study','tune-depalm-qp','90a047bd2e8e4289ae0f75abe2467960');
INSERT INTO "tags" VALUES('tune.trial','0','90a047bd2e8e4289ae0f75abe2467960');
INSERT INTO "tags" VALUES('encoder_regime','frozen','90a047bd2e8e4289ae0f75abe2467960');
INSERT INTO "tags" VALUES('mlflow.parentRunId','221e644320824cfe8715acfb34cc0880','90a047bd2e8e4289ae0f75abe2467960');
INSERT INTO "tags" VALUES('mlflow.runName','trial-1','96ddc8b7413342a2aa9ec0883288afaf');
INSERT INTO "tags" VALUES('git.commit','87e7c1fa018ec42065b361bfac5eb9a86ae51342','96ddc8b7413342a2aa9ec0883288afaf');
INSERT INTO "tags" VALUES('git.dirty','True','96ddc8b7413342a2aa9ec0883288afaf');
INSERT INTO "tags" VALUES('hostname','vm','96ddc8b7413342a2aa9ec0883288afaf');
INSERT INTO "tags" VALUES('mlflow.source.git.commit','87e7c1fa018ec42065b361bfac5eb9a86ae51342','96ddc8b7413342a2aa9ec0883288afaf');
INSERT INTO "tags" VALUES('version.torch','2.14.1','96ddc8b7413342a2aa9ec0883288afaf');
INSERT INTO "tags" VALUES('version.transformers','5.24.0','96ddc8b7413342a2aa9ec0883288afaf');
INSERT INTO "tags" VALUES('version.timm','1.0.31','96ddc8b7413342a2aa9ec0883288afaf');
INSERT INTO "tags" VALUES('version.accelerate','1.15.0','96ddc8b7413342a2aa9ec0883288afaf');
INSERT INTO "tags" VALUES('version.mlflow','3.17.2','96ddc8b7413342a2aa9ec0883288afaf');
INSERT INTO "tags" VALUES('version.safetensors','0.8.0','96ddc8b7413342a2aa9ec0883288afaf');
INSERT INTO "tags" VALUES('version.numpy','2.4.6','96ddc8b7413342a2aa9ec0883288afaf');
INSERT INTO "tags" VALUES('version.python','3.11.7','96ddc8b7413342a2aa9ec0883288afaf');
INSERT INTO "tags" VALUES('hardware.gpus','none','96ddc8b7413342a2aa9ec0883288afaf');
INSERT INTO "tags" VALUES('hardware.torch_threads','1','96ddc8b7413342a2aa9ec0883288afaf');
INSERT INTO "tags" VALUES('method','depalm-qp','96ddc8b7413342a2aa9ec0883288afaf');
INSERT INTO "tags" VALUES('task','easy-vqa','96ddc8b7413342a2aa9ec0883288afaf');
INSERT INTO "tags" VALUES('lm','smollm2-135m','96ddc8b7413342a2aa9ec0883288afaf');
INSERT INTO "tags" VALUES('encoder','efficientnet-lite0','96ddc8b7413342a2aa9ec0883288afaf');
INSERT INTO "tags" VALUES('metric','vqa_accuracy','96ddc8b7413342a2aa9ec0883288afaf');
INSERT INTO "tags" VALUES('data_fraction','0.1','96ddc8b7413342a2aa9ec0883288afaf');
INSERT INTO "tags" VALUES('seed','0','96ddc8b7413342a2aa9ec0883288afaf');
INSERT INTO "tags" VALUES('tune.study','tune-depalm-qp','96ddc8b7413342a2aa9ec0883288afaf');
INSERT INTO "tags" VALUES('tune.trial','1','96ddc8b7413342a2aa9ec0883288afaf');
INSERT INTO "tags" VALUES('encoder_regime','frozen','96ddc8b7413342a2aa9ec0883288afaf');
INSERT INTO "tags" VALUES('mlflow.parentRunId','221e644320824cfe8715acfb34cc0880','96ddc8b7413342a2aa9ec0883288afaf');
INSERT INTO "tags" VALUES('mlflow.runName','trial-1','32c085756637483483aa3b844f3a51e4');
INSERT INTO "tags" VALUES('git.commit','87e7c1fa018ec42065b361bfac5eb9a86ae51342','32c085756637483483aa3b844f3a51e4');
INSERT INTO "tags" VALUES('git.dirty','True','32c085756637483483aa3b844f3a51e4');
INSERT INTO "tags" VALUES('hostname','vm','32c085756637483483aa3b844f3a51e4');
INSERT INTO "tags" VALUES('mlflow.source.git.commit','87e7c1fa018ec42065b361bfac5eb9a86ae51342','32c085756637483483aa3b844f3a51e4');
INSERT INTO "tags" VALUES('version.torch','2.14.1','32c085756637483483aa3b844f3a51e4');
INSERT INTO "tags" VALUES('version.transformers','5.24.0','32c085756637483483aa3b844f3a51e4');
INSERT INTO "tags" VALUES('version.timm','1.0.31','32c085756637483483aa3b844f3a51e4');
INSERT INTO "tags" VALUES('version.accelerate','1.15.0','32c085756637483483aa3b844f3a51e4');
INSERT INTO "tags" VALUES('version.mlflow','3.17.2','32c085756637483483aa3b844f3a51e4');
INSERT INTO "tags" VALUES('version.safetensors','0.8.0','32c085756637483483aa3b844f3a51e4');
INSERT INTO "tags" VALUES('version.numpy','2.4.6','32c085756637483483aa3b844f3a51e4');
INSERT INTO "tags" VALUES('version.python','3.11.7','32c085756637483483aa3b844f3a51e4');
INSERT INTO "tags" VALUES('hardware.gpus','none','32c085756637483483aa3b844f3a51e4');
INSERT INTO "tags" VALUES('hardware.torch_threads','1','32c085756637483483aa3b844f3a51e4');
INSERT INTO "tags" VALUES('method','resampler','32c085756637483483aa3b844f3a51e4');
INSERT INTO "tags" VALUES('task','easy-vqa','32c085756637483483aa3b844f3a51e4');
INSERT INTO "tags" VALUES('lm','smollm2-135m','32c085756637483483aa3b844f3a51e4');
INSERT INTO "tags" VALUES('encoder','efficientnet-lite0','32c085756637483483aa3b844f3a51e4');
INSERT INTO "tags" VALUES('metric','vqa_accuracy','32c085756637483483aa3b844f3a51e4');
INSERT INTO "tags" VALUES('data_fraction','0.1','32c085756637483483aa3b844f3a51e4');
INSERT INTO "tags" VALUES('seed','0','32c085756637483483aa3b844f3a51e4');
INSERT INTO "tags" VALUES('tune.study','tune-resampler','32c085756637483483aa3b844f3a51e4');
INSERT INTO "tags" VALUES('tune.trial','1','32c085756637483483aa3b844f3a51e4');
INSERT INTO "tags" VALUES('encoder_regime','frozen','32c085756637483483aa3b844f3a51e4');
INSERT INTO "tags" VALUES('mlflow.parentRunId','49115958788e488f8e0243b14908a598','32c085756637483483aa3b844f3a51e4');
INSERT INTO "tags" VALUES('mlflow.runName','trial-2','68b1e038025d459bb9f544d7270dfa58');
INSERT INTO "tags" VALUES('git.commit','87e7c1fa018ec42065b361bfac5eb9a86ae51342','68b1e038025d459bb9f544d7270dfa58');
INSERT INTO "tags" VALUES('git.dirty','True','68b1e038025d459bb9f544d7270dfa58');
INSERT INTO "tags" VALUES('hostname','vm','68b1e038025d459bb9f544d7270dfa58');
INSERT INTO "tags" VALUES('mlflow.source.git.commit','87e7c1fa018ec42065b361bfac5eb9a86ae51342','68b1e038025d459bb9f544d7270dfa58');
INSERT INTO "tags" VALUES('version.torch','2.14.1','68b1e038025d459bb9f544d7270dfa58');
INSERT INTO "tags" VALUES('version.transformers','5.24.0','68b1e038025d459bb9f544d7270dfa58');
INSERT INTO "tags" VALUES('version.timm','1.0.31','68b1e038025d459bb9f544d7270dfa58');
INSERT INTO "tags" VALUES('version.accelerate','1.15.0','68b1e038025d459bb9f544d7270dfa58');
INSERT INTO "tags" VALUES('version.mlflow','3.17.2','68b1e038025d459bb9f544d7270dfa58');
INSERT INTO "tags" VALUES('version.safetensors','0.8.0','68b1e038025d459bb9f544d7270dfa58');
INSERT INTO "tags" VALUES('version.numpy','2.4.6','68b1e038025d459bb9f544d7270dfa58');
INSERT INTO "tags" VALUES('version.python','3.11.7','68b1e038025d459bb9f544d7270dfa58');
INSERT INTO "tags" VALUES('hardware.gpus','none','68b1e038025d459bb9f544d7270dfa58');
INSERT INTO "tags" VALUES('hardware.torch_threads','1','68b1e038025d459bb9f544d7270dfa58');
INSERT INTO "tags" VALUES('method','depalm-qp','68b1e038025d459bb9f544d7270dfa58');
INSERT INTO "tags" VALUES('task','easy-vqa','68b1e038025d459bb9f544d7270dfa58');
INSERT INTO "tags" VALUES('lm','smollm2-135m','68b1e038025d459bb9f544d7270dfa58');
INSERT INTO "tags" VALUES('encoder','efficientnet-lite0','68b1e038025d459bb9f544d7270dfa58');
INSERT INTO "tags" VALUES('metric','vqa_accuracy','68b1e038025d459bb9f544d7270dfa58');
INSERT INTO "tags" VALUES('data_fraction','0.1','68b1e038025d459bb9f544d7270dfa58');
INSERT INTO "tags" VALUES('seed','0','68b1e038025d459bb9f544d7270dfa58');
INSERT INTO "tags" VALUES('tune.study','tune-depalm-qp','68b1e038025d459bb9f544d7270dfa58');
INSERT INTO "tags" VALUES('tune.trial','2','68b1e038025d459bb9f544d7270dfa58');
INSERT INTO "tags" VALUES('encoder_regime','frozen','68b1e038025d459bb9f544d7270dfa58');
INSERT INTO "tags" VALUES('mlflow.parentRunId','221e644320824cfe8715acfb34cc0880','68b1e038025d459bb9f544d7270dfa58');
INSERT INTO "tags" VALUES('mlflow.runName','trial-2','8a0c8265ea7d40dfbe6d4d0bfa871895');
INSERT INTO "tags" VALUES('git.commit','87e7c1fa018ec42065b361bfac5eb9a86ae51342','8a0c8265ea7d40dfbe6d4d0bfa871895');
INSERT INTO "tags" VALUES('git.dirty','True','8a0c8265ea7d40dfbe6d4d0bfa871895');
INSERT INTO "tags" VALUES('hostname','vm','8a0c8265ea7d40dfbe6d4d0bfa871895');
INSERT INTO "tags" VALUES('mlflow.source.git.commit','87e7c1fa018ec42065b361bfac5eb9a86ae51342','8a0c8265ea7d40dfbe6d4d0bfa871895');
INSERT INTO "tags" VALUES('version.torch','2.14.1','8a0c8265ea7d40dfbe6d4d0bfa871895');
INSERT INTO "tags" VALUES('version.transformers','5.24.0','8a0c8265ea7d40dfbe6d4d0bfa871895');
INSERT INTO "tags" VALUES('version.timm','1.0.31','8a0c8265ea7d40dfbe6d4d0bfa871895');
INSERT INTO "tags" VALUES('version.accelerate','1.15.0','8a0c8265ea7d40dfbe6d4d0bfa871895');
INSERT INTO "tags" VALUES('version.mlflow','3.17.2','8a0c8265ea7d40dfbe6d4d0bfa871895');
INSERT INTO "tags" VALUES('version.safetensors','0.8.0','8a0c8265ea7d40dfbe6d4d0bfa871895');
INSERT INTO "tags" VALUES('version.numpy','2.4.6','8a0c8265ea7d40dfbe6d4d0bfa871895');
INSERT INTO "tags" VALUES('version.python','3.11.7','8a0c8265ea7d40dfbe6d4d0bfa871895');
INSERT INTO "tags" VALUES('hardware.gpus','none','8a0c8265ea7d40dfbe6d4d0bfa871895');
INSERT INTO "tags" VALUES('hardware.torch_threads','1','8a0c8265ea7d40dfbe6d4d0bfa871895');
INSERT INTO "tags" VALUES('method','resampler','8a0c8265ea7d40dfbe6d4d0bfa871895');
INSERT INTO "tags" VALUES('task','easy-vqa','8a0c8265ea7d40dfbe6d4d0bfa871895');
INSERT INTO "tags" VALUES('lm','smollm2-135m','8a0c8265ea7d40dfbe6d4d0bfa871895');
INSERT INTO "tags" VALUES('encoder','efficientnet-lite0','8a0c8265ea7d40dfbe6d4d0bfa871895');
INSERT INTO "tags" VALUES('metric','vqa_accuracy','8a0c8265ea7d40dfbe6d4d0bfa871895');
INSERT INTO "tags" VALUES('data_fraction','0.1','8a0c8265ea7d40dfbe6d4d0bfa871895');
INSERT INTO "tags" VALUES('seed','0','8a0c8265ea7d40dfbe6d4d0bfa871895');
INSERT INTO "tags" VALUES('tune.study','tune-resampler','8a0c8265ea7d40dfbe6d4d0bfa871895');
INSERT INTO "tags" VALUES('tune.trial','2','8a0c8265ea7d40dfbe6d4d0bfa871895');
INSERT INTO "tags" VALUES('encoder_regime','frozen','8a0c8265ea7d40dfbe6d4d0bfa871895');
INSERT INTO "tags" VALUES('mlflow.parentRunId','49115958788e488f8e0243b14908a598','8a0c8265ea7d40dfbe6d4d0bfa871895');
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
CREATE INDEX idx_webhooks_name ON webhooks (name);
CREATE INDEX idx_webhooks_status ON webhooks (status);
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
CREATE INDEX index_assessments_last_updated_timestamp ON assessments (last_updated_timestamp);
CREATE INDEX index_assessments_trace_id_created_timestamp ON assessments (trace_id, created_timestamp);
CREATE INDEX index_assessments_assessment_type ON assessments (assessment_type);
CREATE INDEX index_assessments_run_id_created_timestamp ON assessments (run_id, created_timestamp);
CREATE INDEX index_spans_experiment_id_status_type ON spans (experiment_id, status, type);
CREATE INDEX index_spans_experiment_id_start_time ON spans (experiment_id, start_time_unix_nano);
CREATE INDEX index_spans_experiment_id_type_status ON spans (experiment_id, type, status);
CREATE INDEX index_spans_experiment_id_duration ON spans (experiment_id, duration_ns);
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
