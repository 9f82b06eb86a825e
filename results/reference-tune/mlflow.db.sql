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
INSERT INTO "latest_metrics" VALUES('train/loss',5.55345118045806884765e-01,1796211312781,100,0,'68b1e038025d459bb9f544d7270dfa58');
INSERT INTO "latest_metrics" VALUES('train/lr',1.0e-05,1796211312781,100,0,'68b1e038025d459bb9f544d7270dfa58');
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
INSERT INTO "latest_metrics" VALUES('train/loss',3.09622853994369506835e-01,1796211555511,100,0,'8a0c8265ea7d40dfbe6d4d0bfa871895');
INSERT INTO "latest_metrics" VALUES('train/lr',1.0e-05,1796211555511,100,0,'8a0c8265ea7d40dfbe6d4d0bfa871895');
INSERT INTO "latest_metrics" VALUES('val/vqa_accuracy',74.5,1796211348201,100,0,'68b1e038025d459bb9f544d7270dfa58');
INSERT INTO "latest_metrics" VALUES('val/vqa_accuracy_unrounded',74.5,1796211348201,100,0,'68b1e038025d459bb9f544d7270dfa58');
INSERT INTO "latest_metrics" VALUES('val/vqa_accuracy/yes/no',84.62,1796211348201,100,0,'68b1e038025d459bb9f544d7270dfa58');
INSERT INTO "latest_metrics" VALUES('val/vqa_accuracy_unrounded/yes/no',8.46153846153846131948e+01,1796211348201,100,0,'68b1e038025d459bb9f544d7270dfa58');
INSERT INTO "latest_metrics" VALUES('val/vqa_accuracy/question_type/yes/no',84.62,1796211348201,100,0,'68b1e038025d459bb9f544d7270dfa58');
INSERT INTO "latest_metrics" VALUES('val/vqa_accuracy_unrounded/question_type/yes/no',8.46153846153846131948e+01,1796211348201,100,0,'68b1e038025d459bb9f544d7270dfa58');
INSERT INTO "latest_metrics" VALUES('val/vqa_accuracy/other',38.64,1796211348201,100,0,'68b1e038025d459bb9f544d7270dfa58');
INSERT INTO "latest_metrics" VALUES('val/vqa_accuracy_unrounded/other',3.86363636363636331338e+01,1796211348201,100,0,'68b1e038025d459bb9f544d7270dfa58');
INSERT INTO "latest_metrics" VALUES('val/vqa_accuracy/question_type/color',11.11,1796211348201,100,0,'68b1e038025d459bb9f544d7270dfa58');
INSERT INTO "latest_metrics" VALUES('val/vqa_accuracy_unrounded/question_type/color',1.11111111111111107165e+01,1796211348201,100,0,'68b1e038025d459bb9f544d7270dfa58');
INSERT INTO "latest_metrics" VALUES('val/vqa_accuracy/question_type/shape',82.35,1796211348201,100,0,'68b1e038025d459bb9f544d7270dfa58');
INSERT INTO "latest_metrics" VALUES('val/vqa_accuracy_unrounded/question_type/shape',82.3529411764706,1796211348201,100,0,'68b1e038025d459bb9f544d7270dfa58');
INSERT INTO "latest_metrics" VALUES('test/vqa_accuracy',74.0,1796211365445,100,0,'68b1e038025d459bb9f544d7270dfa58');
INSERT INTO "latest_metrics" VALUES('test/vqa_accuracy_unrounded',74.0,1796211365445,100,0,'68b1e038025d459bb9f544d7270dfa58');
INSERT INTO "latest_metrics" VALUES('test/vqa_accuracy/other',40.74,1796211365445,100,0,'68b1e038025d459bb9f544d7270dfa58');
INSERT INTO "latest_metrics" VALUES('test/vqa_accuracy_unrounded/other',4.07407407407407404784e+01,1796211365445,100,0,'68b1e038025d459bb9f544d7270dfa58');
INSERT INTO "latest_metrics" VALUES('test/vqa_accuracy/question_type/color',11.76,1796211365445,100,0,'68b1e038025d459bb9f544d7270dfa58');
INSERT INTO "latest_metrics" VALUES('test/vqa_accuracy_unrounded/question_type/color',1.17647058823529420128e+01,1796211365445,100,0,'68b1e038025d459bb9f544d7270dfa58');
INSERT INTO "latest_metrics" VALUES('test/vqa_accuracy/yes/no',86.3,1796211365445,100,0,'68b1e038025d459bb9f544d7270dfa58');
INSERT INTO "latest_metrics" VALUES('test/vqa_accuracy_unrounded/yes/no',86.3013698630137,1796211365445,100,0,'68b1e038025d459bb9f544d7270dfa58');
INSERT INTO "latest_metrics" VALUES('test/vqa_accuracy/question_type/yes/no',86.3,1796211365445,100,0,'68b1e038025d459bb9f544d7270dfa58');
INSERT INTO "latest_metrics" VALUES('test/vqa_accuracy_unrounded/question_type/yes/no',86.3013698630137,1796211365445,100,0,'68b1e038025d459bb9f544d7270dfa58');
INSERT INTO "latest_metrics" VALUES('test/vqa_accuracy/question_type/shape',90.0,1796211365445,100,0,'68b1e038025d459bb9f544d7270dfa58');
INSERT INTO "latest_metrics" VALUES('test/vqa_accuracy_unrounded/question_type/shape',90.0,1796211365445,100,0,'68b1e038025d459bb9f544d7270dfa58');
INSERT INTO "latest_metrics" VALUES('time/features_s',1.27636685599986776651e+00,1796211365445,100,0,'68b1e038025d459bb9f544d7270dfa58');
INSERT INTO "latest_metrics" VALUES('time/lm_load_s',2.05749351999884311226e-01,1796211365445,100,0,'68b1e038025d459bb9f544d7270dfa58');
INSERT INTO "latest_metrics" VALUES('time/train_s',4.20645955374000095599e+02,1796211365445,100,0,'68b1e038025d459bb9f544d7270dfa58');
INSERT INTO "latest_metrics" VALUES('time/train_step_s',3.86228616014141667989e+00,1796211365445,100,0,'68b1e038025d459bb9f544d7270dfa58');
INSERT INTO "latest_metrics" VALUES('time/eval_s',1.72027543579999928624e+01,1796211365445,100,0,'68b1e038025d459bb9f544d7270dfa58');
INSERT INTO "latest_metrics" VALUES('time/eval_example_s',1.72027543579999941947e-01,1796211365445,100,0,'68b1e038025d459bb9f544d7270dfa58');
INSERT INTO "latest_metrics" VALUES('time/total_s',4.40420958390999885525e+02,1796211365445,100,0,'68b1e038025d459bb9f544d7270dfa58');
INSERT INTO "latest_metrics" VALUES('best_value',74.5,1796211365595,0,0,'221e644320824cfe8715acfb34cc0880');
INSERT INTO "latest_metrics" VALUES('trials',3.0,1796211365599,0,0,'221e644320824cfe8715acfb34cc0880');
INSERT INTO "latest_metrics" VALUES('params/trainable',7107088.0,1796211369190,0,0,'78e28a8c61ae428391ebb7b69bfc329b');
INSERT INTO "latest_metrics" VALUES('params/lm',134515008.0,1796211369190,0,0,'78e28a8c61ae428391ebb7b69bfc329b');
INSERT INTO "latest_metrics" VALUES('train/loss',0.563769519329071,1796211513214,100,0,'78e28a8c61ae428391ebb7b69bfc329b');
INSERT INTO "latest_metrics" VALUES('train/lr',1.0e-05,1796211513214,100,0,'78e28a8c61ae428391ebb7b69bfc329b');
INSERT INTO "latest_metrics" VALUES('val/vqa_accuracy',64.5,1796211529716,100,0,'78e28a8c61ae428391ebb7b69bfc329b');
INSERT INTO "latest_metrics" VALUES('val/vqa_accuracy_unrounded',64.5,1796211529716,100,0,'78e28a8c61ae428391ebb7b69bfc329b');
INSERT INTO "latest_metrics" VALUES('val/vqa_accuracy/yes/no',78.85,1796211529716,100,0,'78e28a8c61ae428391ebb7b69bfc329b');
INSERT INTO "latest_metrics" VALUES('val/vqa_accuracy_unrounded/yes/no',7.88461538461538395932e+01,1796211529716,100,0,'78e28a8c61ae428391ebb7b69bfc329b');
INSERT INTO "latest_metrics" VALUES('val/vqa_accuracy/question_type/yes/no',78.85,1796211529716,100,0,'78e28a8c61ae428391ebb7b69bfc329b');
INSERT INTO "latest_metrics" VALUES('val/vqa_accuracy_unrounded/question_type/yes/no',7.88461538461538395932e+01,1796211529716,100,0,'78e28a8c61ae428391ebb7b69bfc329b');
INSERT INTO "latest_metrics" VALUES('val/vqa_accuracy/other',13.64,1796211529716,100,0,'78e28a8c61ae428391ebb7b69bfc329b');
INSERT INTO "latest_metrics" VALUES('val/vqa_accuracy_unrounded/other',1.36363636363636366868e+01,1796211529716,100,0,'78e28a8c61ae428391ebb7b69bfc329b');
INSERT INTO "latest_metrics" VALUES('val/vqa_accuracy/question_type/color',3.7,1796211529716,100,0,'78e28a8c61ae428391ebb7b69bfc329b');
INSERT INTO "latest_metrics" VALUES('val/vqa_accuracy_unrounded/question_type/color',3.70370370370370372015e+00,1796211529716,100,0,'78e28a8c61ae428391ebb7b69bfc329b');
INSERT INTO "latest_metrics" VALUES('val/vqa_accuracy/question_type/shape',29.41,1796211529716,100,0,'78e28a8c61ae428391ebb7b69bfc329b');
INSERT INTO "latest_metrics" VALUES('val/vqa_accuracy_unrounded/question_type/shape',2.94117647058823514791e+01,1796211529716,100,0,'78e28a8c61ae428391ebb7b69bfc329b');
INSERT INTO "latest_metrics" VALUES('test/vqa_accuracy',63.0,1796211538194,100,0,'78e28a8c61ae428391ebb7b69bfc329b');
INSERT INTO "latest_metrics" VALUES('test/vqa_accuracy_unrounded',63.0,1796211538194,100,0,'78e28a8c61ae428391ebb7b69bfc329b');
INSERT INTO "latest_metrics" VALUES('test/vqa_accuracy/other',18.52,1796211538194,100,0,'78e28a8c61ae428391ebb7b69bfc329b');
INSERT INTO "latest_metrics" VALUES('test/vqa_accuracy_unrounded/other',1.85185185185185190448e+01,1796211538194,100,0,'78e28a8c61ae428391ebb7b69bfc329b');
INSERT INTO "latest_metrics" VALUES('test/vqa_accuracy/question_type/color',11.76,1796211538194,100,0,'78e28a8c61ae428391ebb7b69bfc329b');
INSERT INTO "latest_metrics" VALUES('test/vqa_accuracy_unrounded/question_type/color',1.17647058823529420128e+01,1796211538194,100,0,'78e28a8c61ae428391ebb7b69bfc329b');
INSERT INTO "latest_metrics" VALUES('test/vqa_accuracy/yes/no',79.45,1796211538194,100,0,'78e28a8c61ae428391ebb7b69bfc329b');
INSERT INTO "latest_metrics" VALUES('test/vqa_accuracy_unrounded/yes/no',7.9452054794520549307e+01,1796211538194,100,0,'78e28a8c61ae428391ebb7b69bfc329b');
INSERT INTO "latest_metrics" VALUES('test/vqa_accuracy/question_type/yes/no',79.45,1796211538194,100,0,'78e28a8c61ae428391ebb7b69bfc329b');
INSERT INTO "latest_metrics" VALUES('test/vqa_accuracy_unrounded/question_type/yes/no',7.9452054794520549307e+01,1796211538194,100,0,'78e28a8c61ae428391ebb7b69bfc329b');
INSERT INTO "latest_metrics" VALUES('test/vqa_accuracy/question_type/shape',30.0,1796211538194,100,0,'78e28a8c61ae428391ebb7b69bfc329b');
INSERT INTO "latest_metrics" VALUES('test/vqa_accuracy_unrounded/question_type/shape',30.0,1796211538194,100,0,'78e28a8c61ae428391ebb7b69bfc329b');
INSERT INTO "latest_metrics" VALUES('time/features_s',1.85160220300008404592e+00,1796211538194,100,0,'78e28a8c61ae428391ebb7b69bfc329b');
INSERT INTO "latest_metrics" VALUES('time/lm_load_s',1.80059045999996669706e-01,1796211538194,100,0,'78e28a8c61ae428391ebb7b69bfc329b');
INSERT INTO "latest_metrics" VALUES('time/train_s',1.60531179572999917583e+02,1796211538194,100,0,'78e28a8c61ae428391ebb7b69bfc329b');
INSERT INTO "latest_metrics" VALUES('time/train_step_s',1.43150805423232840851e+00,1796211538194,100,0,'78e28a8c61ae428391ebb7b69bfc329b');
INSERT INTO "latest_metrics" VALUES('time/eval_s',8.42866949300014312029e+00,1796211538194,100,0,'78e28a8c61ae428391ebb7b69bfc329b');
INSERT INTO "latest_metrics" VALUES('time/eval_example_s',8.42866949300014323132e-02,1796211538194,100,0,'78e28a8c61ae428391ebb7b69bfc329b');
INSERT INTO "latest_metrics" VALUES('time/total_s',1.7224476479000009021e+02,1796211538194,100,0,'78e28a8c61ae428391ebb7b69bfc329b');
INSERT INTO "latest_metrics" VALUES('params/trainable',7107088.0,1796211541055,0,0,'aa68852e17ab4e48bd81ff1aac61d926');
INSERT INTO "latest_metrics" VALUES('params/lm',134515008.0,1796211541055,0,0,'aa68852e17ab4e48bd81ff1aac61d926');
INSERT INTO "latest_metrics" VALUES('train/loss',6.06901288032531738281e-01,1796211677907,100,0,'aa68852e17ab4e48bd81ff1aac61d926');
INSERT INTO "latest_metrics" VALUES('train/lr',1.0e-05,1796211677907,100,0,'aa68852e17ab4e48bd81ff1aac61d926');
INSERT INTO "latest_metrics" VALUES('val/vqa_accuracy',77.0,1796211600818,100,0,'8a0c8265ea7d40dfbe6d4d0bfa871895');
INSERT INTO "latest_metrics" VALUES('val/vqa_accuracy_unrounded',77.0,1796211600818,100,0,'8a0c8265ea7d40dfbe6d4d0bfa871895');
INSERT INTO "latest_metrics" VALUES('val/vqa_accuracy/yes/no',84.62,1796211600818,100,0,'8a0c8265ea7d40dfbe6d4d0bfa871895');
INSERT INTO "latest_metrics" VALUES('val/vqa_accuracy_unrounded/yes/no',8.46153846153846131948e+01,1796211600818,100,0,'8a0c8265ea7d40dfbe6d4d0bfa871895');
INSERT INTO "latest_metrics" VALUES('val/vqa_accuracy/question_type/yes/no',84.62,1796211600818,100,0,'8a0c8265ea7d40dfbe6d4d0bfa871895');
INSERT INTO "latest_metrics" VALUES('val/vqa_accuracy_unrounded/question_type/yes/no',8.46153846153846131948e+01,1796211600818,100,0,'8a0c8265ea7d40dfbe6d4d0bfa871895');
INSERT INTO "latest_metrics" VALUES('val/vqa_accuracy/other',50.0,1796211600818,100,0,'8a0c8265ea7d40dfbe6d4d0bfa871895');
INSERT INTO "latest_metrics" VALUES('val/vqa_accuracy_unrounded/other',50.0,1796211600818,100,0,'8a0c8265ea7d40dfbe6d4d0bfa871895');
INSERT INTO "latest_metrics" VALUES('val/vqa_accuracy/question_type/color',22.22,1796211600818,100,0,'8a0c8265ea7d40dfbe6d4d0bfa871895');
INSERT INTO "latest_metrics" VALUES('val/vqa_accuracy_unrounded/question_type/color',2.22222222222222214331e+01,1796211600818,100,0,'8a0c8265ea7d40dfbe6d4d0bfa871895');
INSERT INTO "latest_metrics" VALUES('val/vqa_accuracy/question_type/shape',94.12,1796211600818,100,0,'8a0c8265ea7d40dfbe6d4d0bfa871895');
INSERT INTO "latest_metrics" VALUES('val/vqa_accuracy_unrounded/question_type/shape',9.41176470588235361026e+01,1796211600818,100,0,'8a0c8265ea7d40dfbe6d4d0bfa871895');
INSERT INTO "latest_metrics" VALUES('test/vqa_accuracy',77.0,1796211623078,100,0,'8a0c8265ea7d40dfbe6d4d0bfa871895');
INSERT INTO "latest_metrics" VALUES('test/vqa_accuracy_unrounded',77.0,1796211623078,100,0,'8a0c8265ea7d40dfbe6d4d0bfa871895');
INSERT INTO "latest_metrics" VALUES('test/vqa_accuracy/other',55.56,1796211623078,100,0,'8a0c8265ea7d40dfbe6d4d0bfa871895');
INSERT INTO "latest_metrics" VALUES('test/vqa_accuracy_unrounded/other',5.55555555555555571336e+01,1796211623078,100,0,'8a0c8265ea7d40dfbe6d4d0bfa871895');
INSERT INTO "latest_metrics" VALUES('test/vqa_accuracy/question_type/color',29.41,1796211623078,100,0,'8a0c8265ea7d40dfbe6d4d0bfa871895');
INSERT INTO "latest_metrics" VALUES('test/vqa_accuracy_unrounded/question_type/color',2.94117647058823514791e+01,1796211623078,100,0,'8a0c8265ea7d40dfbe6d4d0bfa871895');
INSERT INTO "latest_metrics" VALUES('test/vqa_accuracy/yes/no',84.93,1796211623078,100,0,'8a0c8265ea7d40dfbe6d4d0bfa871895');
INSERT INTO "latest_metrics" VALUES('test/vqa_accuracy_unrounded/yes/no',8.49315068493150704398e+01,1796211623078,100,0,'8a0c8265ea7d40dfbe6d4d0bfa871895');
INSERT INTO "latest_metrics" VALUES('test/vqa_accuracy/question_type/yes/no',84.93,1796211623078,100,0,'8a0c8265ea7d40dfbe6d4d0bfa871895');
INSERT INTO "latest_metrics" VALUES('test/vqa_accuracy_unrounded/question_type/yes/no',8.49315068493150704398e+01,1796211623078,100,0,'8a0c8265ea7d40dfbe6d4d0bfa871895');
INSERT INTO "latest_metrics" VALUES('test/vqa_accuracy/question_type/shape',100.0,1796211623078,100,0,'8a0c8265ea7d40dfbe6d4d0bfa871895');
INSERT INTO "latest_metrics" VALUES('test/vqa_accuracy_unrounded/question_type/shape',100.0,1796211623078,100,0,'8a0c8265ea7d40dfbe6d4d0bfa871895');
INSERT INTO "latest_metrics" VALUES('time/features_s',2.11803660800001125608e+00,1796211623078,100,0,'8a0c8265ea7d40dfbe6d4d0bfa871895');
INSERT INTO "latest_metrics" VALUES('time/lm_load_s',0.208470441000145,1796211623078,100,0,'8a0c8265ea7d40dfbe6d4d0bfa871895');
INSERT INTO "latest_metrics" VALUES('time/train_s',4.42863699907999716761e+02,1796211623078,100,0,'8a0c8265ea7d40dfbe6d4d0bfa871895');
INSERT INTO "latest_metrics" VALUES('time/train_step_s',3.96858572182827629148e+00,1796211623078,100,0,'8a0c8265ea7d40dfbe6d4d0bfa871895');
INSERT INTO "latest_metrics" VALUES('time/eval_s',2.21806831419999070939e+01,1796211623078,100,0,'8a0c8265ea7d40dfbe6d4d0bfa871895');
INSERT INTO "latest_metrics" VALUES('time/eval_example_s',2.21806831419999073151e-01,1796211623078,100,0,'8a0c8265ea7d40dfbe6d4d0bfa871895');
INSERT INTO "latest_metrics" VALUES('time/total_s',4.68641054167000220337e+02,1796211623078,100,0,'8a0c8265ea7d40dfbe6d4d0bfa871895');
INSERT INTO "latest_metrics" VALUES('best_value',77.0,1796211623196,0,0,'49115958788e488f8e0243b14908a598');
INSERT INTO "latest_metrics" VALUES('trials',3.0,1796211623203,0,0,'49115958788e488f8e0243b14908a598');
INSERT INTO "latest_metrics" VALUES('params/trainable',1070208.0,1796211626406,0,0,'009ae9300aeb4895b78e31ca8466eaf3');
INSERT INTO "latest_metrics" VALUES('params/lm',134515008.0,1796211626406,0,0,'009ae9300aeb4895b78e31ca8466eaf3');
INSERT INTO "latest_metrics" VALUES('train/loss',4.10228103399276733398e-01,1796211874611,100,0,'009ae9300aeb4895b78e31ca8466eaf3');
INSERT INTO "latest_metrics" VALUES('train/lr',1.0e-05,1796211874611,100,0,'009ae9300aeb4895b78e31ca8466eaf3');
INSERT INTO "latest_metrics" VALUES('val/vqa_accuracy',67.0,1796211693686,100,0,'aa68852e17ab4e48bd81ff1aac61d926');
INSERT INTO "latest_metrics" VALUES('val/vqa_accuracy_unrounded',67.0,1796211693686,100,0,'aa68852e17ab4e48bd81ff1aac61d926');
INSERT INTO "latest_metrics" VALUES('val/vqa_accuracy/yes/no',81.41,1796211693686,100,0,'aa68852e17ab4e48bd81ff1aac61d926');
INSERT INTO "latest_metrics" VALUES('val/vqa_accuracy_unrounded/yes/no',8.14102564102564088023e+01,1796211693686,100,0,'aa68852e17ab4e48bd81ff1aac61d926');
INSERT INTO "latest_metrics" VALUES('val/vqa_accuracy/question_type/yes/no',81.41,1796211693686,100,0,'aa68852e17ab4e48bd81ff1aac61d926');
INSERT INTO "latest_metrics" VALUES('val/vqa_accuracy_unrounded/question_type/yes/no',8.14102564102564088023e+01,1796211693686,100,0,'aa68852e17ab4e48bd81ff1aac61d926');
INSERT INTO "latest_metrics" VALUES('val/vqa_accuracy/other',15.91,1796211693686,100,0,'aa68852e17ab4e48bd81ff1aac61d926');
INSERT INTO "latest_metrics" VALUES('val/vqa_accuracy_unrounded/other',1.59090909090909082834e+01,1796211693686,100,0,'aa68852e17ab4e48bd81ff1aac61d926');
INSERT INTO "latest_metrics" VALUES('val/vqa_accuracy/question_type/color',3.7,1796211693686,100,0,'aa68852e17ab4e48bd81ff1aac61d926');
INSERT INTO "latest_metrics" VALUES('val/vqa_accuracy_unrounded/question_type/color',3.70370370370370372015e+00,1796211693686,100,0,'aa68852e17ab4e48bd81ff1aac61d926');
INSERT INTO "latest_metrics" VALUES('val/vqa_accuracy/question_type/shape',35.29,1796211693686,100,0,'aa68852e17ab4e48bd81ff1aac61d926');
INSERT INTO "latest_metrics" VALUES('val/vqa_accuracy_unrounded/question_type/shape',3.52941176470588260363e+01,1796211693686,100,0,'aa68852e17ab4e48bd81ff1aac61d926');
INSERT INTO "latest_metrics" VALUES('test/vqa_accuracy',59.0,1796211701749,100,0,'aa68852e17ab4e48bd81ff1aac61d926');
INSERT INTO "latest_metrics" VALUES('test/vqa_accuracy_unrounded',59.0,1796211701749,100,0,'aa68852e17ab4e48bd81ff1aac61d926');
INSERT INTO "latest_metrics" VALUES('test/vqa_accuracy/other',14.81,1796211701749,100,0,'aa68852e17ab4e48bd81ff1aac61d926');
INSERT INTO "latest_metrics" VALUES('test/vqa_accuracy_unrounded/other',1.48148148148148148806e+01,1796211701749,100,0,'aa68852e17ab4e48bd81ff1aac61d926');
INSERT INTO "latest_metrics" VALUES('test/vqa_accuracy/question_type/color',11.76,1796211701749,100,0,'aa68852e17ab4e48bd81ff1aac61d926');
INSERT INTO "latest_metrics" VALUES('test/vqa_accuracy_unrounded/question_type/color',1.17647058823529420128e+01,1796211701749,100,0,'aa68852e17ab4e48bd81ff1aac61d926');
INSERT INTO "latest_metrics" VALUES('test/vqa_accuracy/yes/no',75.34,1796211701749,100,0,'aa68852e17ab4e48bd81ff1aac61d926');
INSERT INTO "latest_metrics" VALUES('test/vqa_accuracy_unrounded/yes/no',7.53424657534246620125e+01,1796211701749,100,0,'aa68852e17ab4e48bd81ff1aac61d926');
INSERT INTO "latest_metrics" VALUES('test/vqa_accuracy/question_type/yes/no',75.34,1796211701749,100,0,'aa68852e17ab4e48bd81ff1aac61d926');
INSERT INTO "latest_metrics" VALUES('test/vqa_accuracy_unrounded/question_type/yes/no',7.53424657534246620125e+01,1796211701749,100,0,'aa68852e17ab4e48bd81ff1aac61d926');
INSERT INTO "latest_metrics" VALUES('test/vqa_accuracy/question_type/shape',20.0,1796211701749,100,0,'aa68852e17ab4e48bd81ff1aac61d926');
INSERT INTO "latest_metrics" VALUES('test/vqa_accuracy_unrounded/question_type/shape',20.0,1796211701749,100,0,'aa68852e17ab4e48bd81ff1aac61d926');
INSERT INTO "latest_metrics" VALUES('time/features_s',1.85841219999997520062e+00,1796211701749,100,0,'aa68852e17ab4e48bd81ff1aac61d926');
INSERT INTO "latest_metrics" VALUES('time/lm_load_s',1.95533026000020981882e-01,1796211701749,100,0,'aa68852e17ab4e48bd81ff1aac61d926');
INSERT INTO "latest_metrics" VALUES('time/train_s',1.52636316010999962601e+02,1796211701749,100,0,'aa68852e17ab4e48bd81ff1aac61d926');
INSERT INTO "latest_metrics" VALUES('time/train_step_s',1.36516458652521799344e+00,1796211701749,100,0,'aa68852e17ab4e48bd81ff1aac61d926');
INSERT INTO "latest_metrics" VALUES('time/eval_s',8.01748830499991527176e+00,1796211701749,100,0,'aa68852e17ab4e48bd81ff1aac61d926');
INSERT INTO "latest_metrics" VALUES('time/eval_example_s',8.01748830499991460563e-02,1796211701749,100,0,'aa68852e17ab4e48bd81ff1aac61d926');
INSERT INTO "latest_metrics" VALUES('time/total_s',1.63238660064999749005e+02,1796211701749,100,0,'aa68852e17ab4e48bd81ff1aac61d926');
INSERT INTO "latest_metrics" VALUES('params/trainable',7107088.0,1796211704328,0,0,'9210d09b92f84befbce7116ef9bbffd7');
INSERT INTO "latest_metrics" VALUES('params/lm',134515008.0,1796211704328,0,0,'9210d09b92f84befbce7116ef9bbffd7');
INSERT INTO "latest_metrics" VALUES('train/loss',4.66457396745681762695e-01,1796211836491,100,0,'9210d09b92f84befbce7116ef9bbffd7');
INSERT INTO "latest_metrics" VALUES('train/lr',1.0e-05,1796211836491,100,0,'9210d09b92f84befbce7116ef9bbffd7');
INSERT INTO "latest_metrics" VALUES('val/vqa_accuracy',73.5,1796211851969,100,0,'9210d09b92f84befbce7116ef9bbffd7');
INSERT INTO "latest_metrics" VALUES('val/vqa_accuracy_unrounded',73.5,1796211851969,100,0,'9210d09b92f84befbce7116ef9bbffd7');
INSERT INTO "latest_metrics" VALUES('val/vqa_accuracy/yes/no',84.62,1796211851969,100,0,'9210d09b92f84befbce7116ef9bbffd7');
INSERT INTO "latest_metrics" VALUES('val/vqa_accuracy_unrounded/yes/no',8.46153846153846131948e+01,1796211851969,100,0,'9210d09b92f84befbce7116ef9bbffd7');
INSERT INTO "latest_metrics" VALUES('val/vqa_accuracy/question_type/yes/no',84.62,1796211851969,100,0,'9210d09b92f84befbce7116ef9bbffd7');
INSERT INTO "latest_metrics" VALUES('val/vqa_accuracy_unrounded/question_type/yes/no',8.46153846153846131948e+01,1796211851969,100,0,'9210d09b92f84befbce7116ef9bbffd7');
INSERT INTO "latest_metrics" VALUES('val/vqa_accuracy/other',34.09,1796211851969,100,0,'9210d09b92f84befbce7116ef9bbffd7');
INSERT INTO "latest_metrics" VALUES('val/vqa_accuracy_unrounded/other',3.40909090909090934924e+01,1796211851969,100,0,'9210d09b92f84befbce7116ef9bbffd7');
INSERT INTO "latest_metrics" VALUES('val/vqa_accuracy/question_type/color',3.7,1796211851969,100,0,'9210d09b92f84befbce7116ef9bbffd7');
INSERT INTO "latest_metrics" VALUES('val/vqa_accuracy_unrounded/question_type/color',3.70370370370370372015e+00,1796211851969,100,0,'9210d09b92f84befbce7116ef9bbffd7');
INSERT INTO "latest_metrics" VALUES('val/vqa_accuracy/question_type/shape',82.35,1796211851969,100,0,'9210d09b92f84befbce7116ef9bbffd7');
INSERT INTO "latest_metrics" VALUES('val/vqa_accuracy_unrounded/question_type/shape',82.3529411764706,1796211851969,100,0,'9210d09b92f84befbce7116ef9bbffd7');
INSERT INTO "latest_metrics" VALUES('test/vqa_accuracy',73.0,1796211859733,100,0,'9210d09b92f84befbce7116ef9bbffd7');
INSERT INTO "latest_metrics" VALUES('test/vqa_accuracy_unrounded',73.0,1796211859733,100,0,'9210d09b92f84befbce7116ef9bbffd7');
INSERT INTO "latest_metrics" VALUES('test/vqa_accuracy/other',37.04,1796211859733,100,0,'9210d09b92f84befbce7116ef9bbffd7');
INSERT INTO "latest_metrics" VALUES('test/vqa_accuracy_unrounded/other',3.70370370370370380905e+01,1796211859733,100,0,'9210d09b92f84befbce7116ef9bbffd7');
INSERT INTO "latest_metrics" VALUES('test/vqa_accuracy/question_type/color',11.76,1796211859733,100,0,'9210d09b92f84befbce7116ef9bbffd7');
INSERT INTO "latest_metrics" VALUES('test/vqa_accuracy_unrounded/question_type/color',1.17647058823529420128e+01,1796211859733,100,0,'9210d09b92f84befbce7116ef9bbffd7');
INSERT INTO "latest_metrics" VALUES('test/vqa_accuracy/yes/no',86.3,1796211859733,100,0,'9210d09b92f84befbce7116ef9bbffd7');
INSERT INTO "latest_metrics" VALUES('test/vqa_accuracy_unrounded/yes/no',86.3013698630137,1796211859733,100,0,'9210d09b92f84befbce7116ef9bbffd7');
INSERT INTO "latest_metrics" VALUES('test/vqa_accuracy/question_type/yes/no',86.3,1796211859733,100,0,'9210d09b92f84befbce7116ef9bbffd7');
INSERT INTO "latest_metrics" VALUES('test/vqa_accuracy_unrounded/question_type/yes/no',86.3013698630137,1796211859733,100,0,'9210d09b92f84befbce7116ef9bbffd7');
INSERT INTO "latest_metrics" VALUES('test/vqa_accuracy/question_type/shape',80.0,1796211859733,100,0,'9210d09b92f84befbce7116ef9bbffd7');
INSERT INTO "latest_metrics" VALUES('test/vqa_accuracy_unrounded/question_type/shape',80.0,1796211859733,100,0,'9210d09b92f84befbce7116ef9bbffd7');
INSERT INTO "latest_metrics" VALUES('time/features_s',1.18975041300018347101e+00,1796211859733,100,0,'9210d09b92f84befbce7116ef9bbffd7');
INSERT INTO "latest_metrics" VALUES('time/lm_load_s',1.65986246999636932741e-01,1796211859733,100,0,'9210d09b92f84befbce7116ef9bbffd7');
INSERT INTO "latest_metrics" VALUES('time/train_s',1.47649329714000032255e+02,1796211859733,100,0,'9210d09b92f84befbce7116ef9bbffd7');
INSERT INTO "latest_metrics" VALUES('time/train_step_s',1.31820850691919888575e+00,1796211859733,100,0,'9210d09b92f84befbce7116ef9bbffd7');
INSERT INTO "latest_metrics" VALUES('time/eval_s',7.71077763500034052412e+00,1796211859733,100,0,'9210d09b92f84befbce7116ef9bbffd7');
INSERT INTO "latest_metrics" VALUES('time/eval_example_s',0.0771077763500034,1796211859733,100,0,'9210d09b92f84befbce7116ef9bbffd7');
INSERT INTO "latest_metrics" VALUES('time/total_s',1.57651697614000113395e+02,1796211859733,100,0,'9210d09b92f84befbce7116ef9bbffd7');
INSERT INTO "latest_metrics" VALUES('best_value',73.5,1796211859841,0,0,'baafa2031c4c42a3ae92ff8ecd362281');
INSERT INTO "latest_metrics" VALUES('trials',3.0,1796211859844,0,0,'baafa2031c4c42a3ae92ff8ecd362281');
INSERT INTO "latest_metrics" VALUES('params/trainable',11520.0,1796211862527,0,0,'945d072f7e5349988202f5fad632344d');
INSERT INTO "latest_metrics" VALUES('params/lm',134515008.0,1796211862527,0,0,'945d072f7e5349988202f5fad632344d');
INSERT INTO "latest_metrics" VALUES('train/loss',4.63043510913848876953e-01,1796212190548,100,0,'945d072f7e5349988202f5fad632344d');
INSERT INTO "latest_metrics" VALUES('train/lr',1.0e-05,1796212190548,100,0,'945d072f7e5349988202f5fad632344d');
INSERT INTO "latest_metrics" VALUES('val/vqa_accuracy',67.0,1796211906617,100,0,'009ae9300aeb4895b78e31ca8466eaf3');
INSERT INTO "latest_metrics" VALUES('val/vqa_accuracy_unrounded',67.0,1796211906617,100,0,'009ae9300aeb4895b78e31ca8466eaf3');
INSERT INTO "latest_metrics" VALUES('val/vqa_accuracy/yes/no',73.72,1796211906617,100,0,'009ae9300aeb4895b78e31ca8466eaf3');
INSERT INTO "latest_metrics" VALUES('val/vqa_accuracy_unrounded/yes/no',7.37179487179487153997e+01,1796211906617,100,0,'009ae9300aeb4895b78e31ca8466eaf3');
INSERT INTO "latest_metrics" VALUES('val/vqa_accuracy/question_type/yes/no',73.72,1796211906617,100,0,'009ae9300aeb4895b78e31ca8466eaf3');
INSERT INTO "latest_metrics" VALUES('val/vqa_accuracy_unrounded/question_type/yes/no',7.37179487179487153997e+01,1796211906617,100,0,'009ae9300aeb4895b78e31ca8466eaf3');
INSERT INTO "latest_metrics" VALUES('val/vqa_accuracy/other',43.18,1796211906617,100,0,'009ae9300aeb4895b78e31ca8466eaf3');
INSERT INTO "latest_metrics" VALUES('val/vqa_accuracy_unrounded/other',4.31818181818181798812e+01,1796211906617,100,0,'009ae9300aeb4895b78e31ca8466eaf3');
INSERT INTO "latest_metrics" VALUES('val/vqa_accuracy/question_type/color',7.41,1796211906617,100,0,'009ae9300aeb4895b78e31ca8466eaf3');
INSERT INTO "latest_metrics" VALUES('val/vqa_accuracy_unrounded/question_type/color',7.4074074074074074403e+00,1796211906617,100,0,'009ae9300aeb4895b78e31ca8466eaf3');
INSERT INTO "latest_metrics" VALUES('val/vqa_accuracy/question_type/shape',100.0,1796211906617,100,0,'009ae9300aeb4895b78e31ca8466eaf3');
INSERT INTO "latest_metrics" VALUES('val/vqa_accuracy_unrounded/question_type/shape',100.0,1796211906617,100,0,'009ae9300aeb4895b78e31ca8466eaf3');
INSERT INTO "latest_metrics" VALUES('test/vqa_accuracy',72.0,1796211923069,100,0,'009ae9300aeb4895b78e31ca8466eaf3');
INSERT INTO "latest_metrics" VALUES('test/vqa_accuracy_unrounded',72.0,1796211923069,100,0,'009ae9300aeb4895b78e31ca8466eaf3');
INSERT INTO "latest_metrics" VALUES('test/vqa_accuracy/other',44.44,1796211923069,100,0,'009ae9300aeb4895b78e31ca8466eaf3');
INSERT INTO "latest_metrics" VALUES('test/vqa_accuracy_unrounded/other',4.44444444444444428663e+01,1796211923069,100,0,'009ae9300aeb4895b78e31ca8466eaf3');
INSERT INTO "latest_metrics" VALUES('test/vqa_accuracy/question_type/color',17.65,1796211923069,100,0,'009ae9300aeb4895b78e31ca8466eaf3');
INSERT INTO "latest_metrics" VALUES('test/vqa_accuracy_unrounded/question_type/color',1.76470588235294130181e+01,1796211923069,100,0,'009ae9300aeb4895b78e31ca8466eaf3');
INSERT INTO "latest_metrics" VALUES('test/vqa_accuracy/yes/no',82.19,1796211923069,100,0,'009ae9300aeb4895b78e31ca8466eaf3');
INSERT INTO "latest_metrics" VALUES('test/vqa_accuracy_unrounded/yes/no',82.1917808219178,1796211923069,100,0,'009ae9300aeb4895b78e31ca8466eaf3');
INSERT INTO "latest_metrics" VALUES('test/vqa_accuracy/question_type/yes/no',82.19,1796211923069,100,0,'009ae9300aeb4895b78e31ca8466eaf3');
INSERT INTO "latest_metrics" VALUES('test/vqa_accuracy_unrounded/question_type/yes/no',82.1917808219178,1796211923069,100,0,'009ae9300aeb4895b78e31ca8466eaf3');
INSERT INTO "latest_metrics" VALUES('test/vqa_accuracy/question_type/shape',90.0,1796211923069,100,0,'009ae9300aeb4895b78e31ca8466eaf3');
INSERT INTO "latest_metrics" VALUES('test/vqa_accuracy_unrounded/question_type/shape',90.0,1796211923069,100,0,'009ae9300aeb4895b78e31ca8466eaf3');
INSERT INTO "latest_metrics" VALUES('time/features_s',1.78595700399955603643e+00,1796211923069,100,0,'009ae9300aeb4895b78e31ca8466eaf3');
INSERT INTO "latest_metrics" VALUES('time/lm_load_s',1.91385809999701450578e-01,1796211923069,100,0,'009ae9300aeb4895b78e31ca8466eaf3');
INSERT INTO "latest_metrics" VALUES('time/train_s',2.80218368910999743098e+02,1796211923069,100,0,'009ae9300aeb4895b78e31ca8466eaf3');
INSERT INTO "latest_metrics" VALUES('time/train_step_s',2.47950792325251656578e+00,1796211923069,100,0,'009ae9300aeb4895b78e31ca8466eaf3');
INSERT INTO "latest_metrics" VALUES('time/eval_s',1.64220496169996295061e+01,1796211923069,100,0,'009ae9300aeb4895b78e31ca8466eaf3');
INSERT INTO "latest_metrics" VALUES('time/eval_example_s',1.64220496169996288404e-01,1796211923069,100,0,'009ae9300aeb4895b78e31ca8466eaf3');
INSERT INTO "latest_metrics" VALUES('time/total_s',2.99035945778999575853e+02,1796211923069,100,0,'009ae9300aeb4895b78e31ca8466eaf3');
INSERT INTO "latest_metrics" VALUES('params/trainable',1070208.0,1796211926139,0,0,'c43347dc083141b78a6d0081e24bce32');
INSERT INTO "latest_metrics" VALUES('params/lm',134515008.0,1796211926139,0,0,'c43347dc083141b78a6d0081e24bce32');
INSERT INTO "latest_metrics" VALUES('train/loss',3.78321856260299682617e-01,1796212178807,100,0,'c43347dc083141b78a6d0081e24bce32');
INSERT INTO "latest_metrics" VALUES('train/lr',1.0e-05,1796212178807,100,0,'c43347dc083141b78a6d0081e24bce32');
INSERT INTO "latest_metrics" VALUES('val/vqa_accuracy',70.0,1796212209699,100,0,'c43347dc083141b78a6d0081e24bce32');
INSERT INTO "latest_metrics" VALUES('val/vqa_accuracy_unrounded',70.0,1796212209699,100,0,'c43347dc083141b78a6d0081e24bce32');
INSERT INTO "latest_metrics" VALUES('val/vqa_accuracy/yes/no',79.49,1796212209699,100,0,'c43347dc083141b78a6d0081e24bce32');
INSERT INTO "latest_metrics" VALUES('val/vqa_accuracy_unrounded/yes/no',7.94871794871794890013e+01,1796212209699,100,0,'c43347dc083141b78a6d0081e24bce32');
INSERT INTO "latest_metrics" VALUES('val/vqa_accuracy/question_type/yes/no',79.49,1796212209699,100,0,'c43347dc083141b78a6d0081e24bce32');
INSERT INTO "latest_metrics" VALUES('val/vqa_accuracy_unrounded/question_type/yes/no',7.94871794871794890013e+01,1796212209699,100,0,'c43347dc083141b78a6d0081e24bce32');
INSERT INTO "latest_metrics" VALUES('val/vqa_accuracy/other',36.36,1796212209699,100,0,'c43347dc083141b78a6d0081e24bce32');
INSERT INTO "latest_metrics" VALUES('val/vqa_accuracy_unrounded/other',3.63636363636363668661e+01,1796212209699,100,0,'c43347dc083141b78a6d0081e24bce32');
INSERT INTO "latest_metrics" VALUES('val/vqa_accuracy/question_type/color',3.7,1796212209699,100,0,'c43347dc083141b78a6d0081e24bce32');
INSERT INTO "latest_metrics" VALUES('val/vqa_accuracy_unrounded/question_type/color',3.70370370370370372015e+00,1796212209699,100,0,'c43347dc083141b78a6d0081e24bce32');
INSERT INTO "latest_metrics" VALUES('val/vqa_accuracy/question_type/shape',88.24,1796212209699,100,0,'c43347dc083141b78a6d0081e24bce32');
INSERT INTO "latest_metrics" VALUES('val/vqa_accuracy_unrounded/question_type/shape',8.82352941176470579893e+01,1796212209699,100,0,'c43347dc083141b78a6d0081e24bce32');
INSERT INTO "latest_metrics" VALUES('test/vqa_accuracy',73.0,1796212225402,100,0,'c43347dc083141b78a6d0081e24bce32');
INSERT INTO "latest_metrics" VALUES('test/vqa_accuracy_unrounded',73.0,1796212225402,100,0,'c43347dc083141b78a6d0081e24bce32');
INSERT INTO "latest_metrics" VALUES('test/vqa_accuracy/other',44.44,1796212225402,100,0,'c43347dc083141b78a6d0081e24bce32');
INSERT INTO "latest_metrics" VALUES('test/vqa_accuracy_unrounded/other',4.44444444444444428663e+01,1796212225402,100,0,'c43347dc083141b78a6d0081e24bce32');
INSERT INTO "latest_metrics" VALUES('test/vqa_accuracy/question_type/color',17.65,1796212225402,100,0,'c43347dc083141b78a6d0081e24bce32');
INSERT INTO "latest_metrics" VALUES('test/vqa_accuracy_unrounded/question_type/color',1.76470588235294130181e+01,1796212225402,100,0,'c43347dc083141b78a6d0081e24bce32');
INSERT INTO "latest_metrics" VALUES('test/vqa_accuracy/yes/no',83.56,1796212225402,100,0,'c43347dc083141b78a6d0081e24bce32');
INSERT INTO "latest_metrics" VALUES('test/vqa_accuracy_unrounded/yes/no',8.35616438356164366058e+01,1796212225402,100,0,'c43347dc083141b78a6d0081e24bce32');
INSERT INTO "latest_metrics" VALUES('test/vqa_accuracy/question_type/yes/no',83.56,1796212225402,100,0,'c43347dc083141b78a6d0081e24bce32');
INSERT INTO "latest_metrics" VALUES('test/vqa_accuracy_unrounded/question_type/yes/no',8.35616438356164366058e+01,1796212225402,100,0,'c43347dc083141b78a6d0081e24bce32');
INSERT INTO "latest_metrics" VALUES('test/vqa_accuracy/question_type/shape',90.0,1796212225402,100,0,'c43347dc083141b78a6d0081e24bce32');
INSERT INTO "latest_metrics" VALUES('test/vqa_accuracy_unrounded/question_type/shape',90.0,1796212225402,100,0,'c43347dc083141b78a6d0081e24bce32');
INSERT INTO "latest_metrics" VALUES('time/features_s',1.57176081800025713164e+00,1796212225402,100,0,'c43347dc083141b78a6d0081e24bce32');
INSERT INTO "latest_metrics" VALUES('time/lm_load_s',6.97364351000032911542e-01,1796212225402,100,0,'c43347dc083141b78a6d0081e24bce32');
INSERT INTO "latest_metrics" VALUES('time/train_s',2.83567386115999852339e+02,1796212225402,100,0,'c43347dc083141b78a6d0081e24bce32');
INSERT INTO "latest_metrics" VALUES('time/train_step_s',2.52155403969697,1796212225402,100,0,'c43347dc083141b78a6d0081e24bce32');
INSERT INTO "latest_metrics" VALUES('time/eval_s',1.56784256089999871619e+01,1796212225402,100,0,'c43347dc083141b78a6d0081e24bce32');
INSERT INTO "latest_metrics" VALUES('time/eval_example_s',1.56784256089999879391e-01,1796212225402,100,0,'c43347dc083141b78a6d0081e24bce32');
INSERT INTO "latest_metrics" VALUES('time/total_s',3.02005893194000236685e+02,1796212225402,100,0,'c43347dc083141b78a6d0081e24bce32');
INSERT INTO "latest_metrics" VALUES('params/trainable',1070208.0,1796212228683,0,0,'bd0b44840ec046edbc0e15d610620466');
INSERT INTO "latest_metrics" VALUES('params/lm',134515008.0,1796212228683,0,0,'bd0b44840ec046edbc0e15d610620466');
INSERT INTO "latest_metrics" VALUES('val/vqa_accuracy',65.0,1796212232102,100,0,'945d072f7e5349988202f5fad632344d');
INSERT INTO "latest_metrics" VALUES('val/vqa_accuracy_unrounded',65.0,1796212232102,100,0,'945d072f7e5349988202f5fad632344d');
INSERT INTO "latest_metrics" VALUES('val/vqa_accuracy/yes/no',80.77,1796212232102,100,0,'945d072f7e5349988202f5fad632344d');
INSERT INTO "latest_metrics" VALUES('val/vqa_accuracy_unrounded/yes/no',8.07692307692307736016e+01,1796212232102,100,0,'945d072f7e5349988202f5fad632344d');
INSERT INTO "latest_metrics" VALUES('val/vqa_accuracy/question_type/yes/no',80.77,1796212232102,100,0,'945d072f7e5349988202f5fad632344d');
INSERT INTO "latest_metrics" VALUES('val/vqa_accuracy_unrounded/question_type/yes/no',8.07692307692307736016e+01,1796212232102,100,0,'945d072f7e5349988202f5fad632344d');
INSERT INTO "latest_metrics" VALUES('val/vqa_accuracy/other',9.09,1796212232102,100,0,'945d072f7e5349988202f5fad632344d');
INSERT INTO "latest_metrics" VALUES('val/vqa_accuracy_unrounded/other',9.09090909090909171652e+00,1796212232102,100,0,'945d072f7e5349988202f5fad632344d');
INSERT INTO "latest_metrics" VALUES('val/vqa_accuracy/question_type/color',3.7,1796212232102,100,0,'945d072f7e5349988202f5fad632344d');
INSERT INTO "latest_metrics" VALUES('val/vqa_accuracy_unrounded/question_type/color',3.70370370370370372015e+00,1796212232102,100,0,'945d072f7e5349988202f5fad632344d');
INSERT INTO "latest_metrics" VALUES('val/vqa_accuracy/question_type/shape',17.65,1796212232102,100,0,'945d072f7e5349988202f5fad632344d');
INSERT INTO "latest_metrics" VALUES('val/vqa_accuracy_unrounded/question_type/shape',1.76470588235294130181e+01,1796212232102,100,0,'945d072f7e5349988202f5fad632344d');
INSERT INTO "latest_metrics" VALUES('test/vqa_accuracy',62.0,1796212253149,100,0,'945d072f7e5349988202f5fad632344d');
INSERT INTO "latest_metrics" VALUES('test/vqa_accuracy_unrounded',62.0,1796212253149,100,0,'945d072f7e5349988202f5fad632344d');
INSERT INTO "latest_metrics" VALUES('test/vqa_accuracy/other',11.11,1796212253149,100,0,'945d072f7e5349988202f5fad632344d');
INSERT INTO "latest_metrics" VALUES('test/vqa_accuracy_unrounded/other',1.11111111111111107165e+01,1796212253149,100,0,'945d072f7e5349988202f5fad632344d');
INSERT INTO "latest_metrics" VALUES('test/vqa_accuracy/question_type/color',11.76,1796212253149,100,0,'945d072f7e5349988202f5fad632344d');
INSERT INTO "latest_metrics" VALUES('test/vqa_accuracy_unrounded/question_type/color',1.17647058823529420128e+01,1796212253149,100,0,'945d072f7e5349988202f5fad632344d');
INSERT INTO "latest_metrics" VALUES('test/vqa_accuracy/yes/no',80.82,1796212253149,100,0,'945d072f7e5349988202f5fad632344d');
INSERT INTO "latest_metrics" VALUES('test/vqa_accuracy_unrounded/yes/no',8.08219178082191831453e+01,1796212253149,100,0,'945d072f7e5349988202f5fad632344d');
INSERT INTO "latest_metrics" VALUES('test/vqa_accuracy/question_type/yes/no',80.82,1796212253149,100,0,'945d072f7e5349988202f5fad632344d');
INSERT INTO "latest_metrics" VALUES('test/vqa_accuracy_unrounded/question_type/yes/no',8.08219178082191831453e+01,1796212253149,100,0,'945d072f7e5349988202f5fad632344d');
INSERT INTO "latest_metrics" VALUES('test/vqa_accuracy/question_type/shape',10.0,1796212253149,100,0,'945d072f7e5349988202f5fad632344d');
INSERT INTO "latest_metrics" VALUES('test/vqa_accuracy_unrounded/question_type/shape',10.0,1796212253149,100,0,'945d072f7e5349988202f5fad632344d');
INSERT INTO "latest_metrics" VALUES('time/features_s',1.25957683500018902122e+00,1796212253149,100,0,'945d072f7e5349988202f5fad632344d');
INSERT INTO "latest_metrics" VALUES('time/lm_load_s',1.68093279999993683304e-01,1796212253149,100,0,'945d072f7e5349988202f5fad632344d');
INSERT INTO "latest_metrics" VALUES('time/train_s',3.69588263319999896336e+02,1796212253149,100,0,'945d072f7e5349988202f5fad632344d');
INSERT INTO "latest_metrics" VALUES('time/train_step_s',3.27323321314144,1796212253149,100,0,'945d072f7e5349988202f5fad632344d');
INSERT INTO "latest_metrics" VALUES('time/eval_s',2.10189619370003129002e+01,1796212253149,100,0,'945d072f7e5349988202f5fad632344d');
INSERT INTO "latest_metrics" VALUES('time/eval_example_s',2.10189619370003133447e-01,1796212253149,100,0,'945d072f7e5349988202f5fad632344d');
INSERT INTO "latest_metrics" VALUES('time/total_s',3.93023802415000318433e+02,1796212253149,100,0,'945d072f7e5349988202f5fad632344d');
INSERT INTO "latest_metrics" VALUES('train/loss',6.95479869842529296875e-01,1796212477781,100,0,'bd0b44840ec046edbc0e15d610620466');
INSERT INTO "latest_metrics" VALUES('train/lr',1.0e-05,1796212477781,100,0,'bd0b44840ec046edbc0e15d610620466');
INSERT INTO "latest_metrics" VALUES('params/trainable',11520.0,1796212255936,0,0,'6b4a8667fe3c45a4b25417272c596b35');
INSERT INTO "latest_metrics" VALUES('params/lm',134515008.0,1796212255936,0,0,'6b4a8667fe3c45a4b25417272c596b35');
INSERT INTO "latest_metrics" VALUES('train/loss',6.82637572288513183593e-01,1796212580175,100,0,'6b4a8667fe3c45a4b25417272c596b35');
INSERT INTO "latest_metrics" VALUES('train/lr',1.0e-05,1796212580175,100,0,'6b4a8667fe3c45a4b25417272c596b35');
INSERT INTO "latest_metrics" VALUES('val/vqa_accuracy',47.5,1796212508720,100,0,'bd0b44840ec046edbc0e15d610620466');
INSERT INTO "latest_metrics" VALUES('val/vqa_accuracy_unrounded',47.5,1796212508720,100,0,'bd0b44840ec046edbc0e15d610620466');
INSERT INTO "latest_metrics" VALUES('val/vqa_accuracy/yes/no',53.21,1796212508720,100,0,'bd0b44840ec046edbc0e15d610620466');
INSERT INTO "latest_metrics" VALUES('val/vqa_accuracy_unrounded/yes/no',5.32051282051282044011e+01,1796212508720,100,0,'bd0b44840ec046edbc0e15d610620466');
INSERT INTO "latest_metrics" VALUES('val/vqa_accuracy/question_type/yes/no',53.21,1796212508720,100,0,'bd0b44840ec046edbc0e15d610620466');
INSERT INTO "latest_metrics" VALUES('val/vqa_accuracy_unrounded/question_type/yes/no',5.32051282051282044011e+01,1796212508720,100,0,'bd0b44840ec046edbc0e15d610620466');
INSERT INTO "latest_metrics" VALUES('val/vqa_accuracy/other',27.27,1796212508720,100,0,'bd0b44840ec046edbc0e15d610620466');
INSERT INTO "latest_metrics" VALUES('val/vqa_accuracy_unrounded/other',2.72727272727272733736e+01,1796212508720,100,0,'bd0b44840ec046edbc0e15d610620466');
INSERT INTO "latest_metrics" VALUES('val/vqa_accuracy/question_type/color',3.7,1796212508720,100,0,'bd0b44840ec046edbc0e15d610620466');
INSERT INTO "latest_metrics" VALUES('val/vqa_accuracy_unrounded/question_type/color',3.70370370370370372015e+00,1796212508720,100,0,'bd0b44840ec046edbc0e15d610620466');
INSERT INTO "latest_metrics" VALUES('val/vqa_accuracy/question_type/shape',64.71,1796212508720,100,0,'bd0b44840ec046edbc0e15d610620466');
INSERT INTO "latest_metrics" VALUES('val/vqa_accuracy_unrounded/question_type/shape',6.47058823529411739636e+01,1796212508720,100,0,'bd0b44840ec046edbc0e15d610620466');
INSERT INTO "latest_metrics" VALUES('test/vqa_accuracy',46.0,1796212524865,100,0,'bd0b44840ec046edbc0e15d610620466');
INSERT INTO "latest_metrics" VALUES('test/vqa_accuracy_unrounded',46.0,1796212524865,100,0,'bd0b44840ec046edbc0e15d610620466');
INSERT INTO "latest_metrics" VALUES('test/vqa_accuracy/other',33.33,1796212524865,100,0,'bd0b44840ec046edbc0e15d610620466');
INSERT INTO "latest_metrics" VALUES('test/vqa_accuracy_unrounded/other',3.33333333333333357026e+01,1796212524865,100,0,'bd0b44840ec046edbc0e15d610620466');
INSERT INTO "latest_metrics" VALUES('test/vqa_accuracy/question_type/color',17.65,1796212524865,100,0,'bd0b44840ec046edbc0e15d610620466');
INSERT INTO "latest_metrics" VALUES('test/vqa_accuracy_unrounded/question_type/color',1.76470588235294130181e+01,1796212524865,100,0,'bd0b44840ec046edbc0e15d610620466');
INSERT INTO "latest_metrics" VALUES('test/vqa_accuracy/yes/no',50.68,1796212524865,100,0,'bd0b44840ec046edbc0e15d610620466');
INSERT INTO "latest_metrics" VALUES('test/vqa_accuracy_unrounded/yes/no',5.06849315068493169169e+01,1796212524865,100,0,'bd0b44840ec046edbc0e15d610620466');
INSERT INTO "latest_metrics" VALUES('test/vqa_accuracy/question_type/yes/no',50.68,1796212524865,100,0,'bd0b44840ec046edbc0e15d610620466');
INSERT INTO "latest_metrics" VALUES('test/vqa_accuracy_unrounded/question_type/yes/no',5.06849315068493169169e+01,1796212524865,100,0,'bd0b44840ec046edbc0e15d610620466');
INSERT INTO "latest_metrics" VALUES('test/vqa_accuracy/question_type/shape',60.0,1796212524865,100,0,'bd0b44840ec046edbc0e15d610620466');
INSERT INTO "latest_metrics" VALUES('test/vqa_accuracy_unrounded/question_type/shape',60.0,1796212524865,100,0,'bd0b44840ec046edbc0e15d610620466');
INSERT INTO "latest_metrics" VALUES('time/features_s',1.861543229999824689e+00,1796212524865,100,0,'bd0b44840ec046edbc0e15d610620466');
INSERT INTO "latest_metrics" VALUES('time/lm_load_s',1.8613888400022915448e-01,1796212524865,100,0,'bd0b44840ec046edbc0e15d610620466');
INSERT INTO "latest_metrics" VALUES('time/train_s',2.80044147511999653929e+02,1796212524865,100,0,'bd0b44840ec046edbc0e15d610620466');
INSERT INTO "latest_metrics" VALUES('time/train_step_s',2.48792021850504907476e+00,1796212524865,100,0,'bd0b44840ec046edbc0e15d610620466');
INSERT INTO "latest_metrics" VALUES('time/eval_s',1.61209420519999184766e+01,1796212524865,100,0,'bd0b44840ec046edbc0e15d610620466');
INSERT INTO "latest_metrics" VALUES('time/eval_example_s',1.6120942051999917477e-01,1796212524865,100,0,'bd0b44840ec046edbc0e15d610620466');
INSERT INTO "latest_metrics" VALUES('time/total_s',2.99178601122000145558e+02,1796212524865,100,0,'bd0b44840ec046edbc0e15d610620466');
INSERT INTO "latest_metrics" VALUES('best_value',70.0,1796212524974,0,0,'a17a0d8a419248d398b52965cf2d2720');
INSERT INTO "latest_metrics" VALUES('trials',3.0,1796212524977,0,0,'a17a0d8a419248d398b52965cf2d2720');
INSERT INTO "latest_metrics" VALUES('params/trainable',11520.0,1796212527729,0,0,'6077cd197f264fbabf7b4518c2e3cebb');
INSERT INTO "latest_metrics" VALUES('params/lm',134515008.0,1796212527729,0,0,'6077cd197f264fbabf7b4518c2e3cebb');
INSERT INTO "latest_metrics" VALUES('train/loss',0.609690248966217,1796212861623,100,0,'6077cd197f264fbabf7b4518c2e3cebb');
INSERT INTO "latest_metrics" VALUES('train/lr',1.0e-05,1796212861623,100,0,'6077cd197f264fbabf7b4518c2e3cebb');
INSERT INTO "latest_metrics" VALUES('val/vqa_accuracy',51.0,1796212623354,100,0,'6b4a8667fe3c45a4b25417272c596b35');
INSERT INTO "latest_metrics" VALUES('val/vqa_accuracy_unrounded',51.0,1796212623354,100,0,'6b4a8667fe3c45a4b25417272c596b35');
INSERT INTO "latest_metrics" VALUES('val/vqa_accuracy/yes/no',61.54,1796212623354,100,0,'6b4a8667fe3c45a4b25417272c596b35');
INSERT INTO "latest_metrics" VALUES('val/vqa_accuracy_unrounded/yes/no',6.15384615384615400995e+01,1796212623354,100,0,'6b4a8667fe3c45a4b25417272c596b35');
INSERT INTO "latest_metrics" VALUES('val/vqa_accuracy/question_type/yes/no',61.54,1796212623354,100,0,'6b4a8667fe3c45a4b25417272c596b35');
INSERT INTO "latest_metrics" VALUES('val/vqa_accuracy_unrounded/question_type/yes/no',6.15384615384615400995e+01,1796212623354,100,0,'6b4a8667fe3c45a4b25417272c596b35');
INSERT INTO "latest_metrics" VALUES('val/vqa_accuracy/other',13.64,1796212623354,100,0,'6b4a8667fe3c45a4b25417272c596b35');
INSERT INTO "latest_metrics" VALUES('val/vqa_accuracy_unrounded/other',1.36363636363636366868e+01,1796212623354,100,0,'6b4a8667fe3c45a4b25417272c596b35');
INSERT INTO "latest_metrics" VALUES('val/vqa_accuracy/question_type/color',3.7,1796212623354,100,0,'6b4a8667fe3c45a4b25417272c596b35');
INSERT INTO "latest_metrics" VALUES('val/vqa_accuracy_unrounded/question_type/color',3.70370370370370372015e+00,1796212623354,100,0,'6b4a8667fe3c45a4b25417272c596b35');
INSERT INTO "latest_metrics" VALUES('val/vqa_accuracy/question_type/shape',29.41,1796212623354,100,0,'6b4a8667fe3c45a4b25417272c596b35');
INSERT INTO "latest_metrics" VALUES('val/vqa_accuracy_unrounded/question_type/shape',2.94117647058823514791e+01,1796212623354,100,0,'6b4a8667fe3c45a4b25417272c596b35');
INSERT INTO "latest_metrics" VALUES('test/vqa_accuracy',45.0,1796212645547,100,0,'6b4a8667fe3c45a4b25417272c596b35');
INSERT INTO "latest_metrics" VALUES('test/vqa_accuracy_unrounded',45.0,1796212645547,100,0,'6b4a8667fe3c45a4b25417272c596b35');
INSERT INTO "latest_metrics" VALUES('test/vqa_accuracy/other',14.81,1796212645547,100,0,'6b4a8667fe3c45a4b25417272c596b35');
INSERT INTO "latest_metrics" VALUES('test/vqa_accuracy_unrounded/other',1.48148148148148148806e+01,1796212645547,100,0,'6b4a8667fe3c45a4b25417272c596b35');
INSERT INTO "latest_metrics" VALUES('test/vqa_accuracy/question_type/color',5.88,1796212645547,100,0,'6b4a8667fe3c45a4b25417272c596b35');
INSERT INTO "latest_metrics" VALUES('test/vqa_accuracy_unrounded/question_type/color',5.8823529411764710062e+00,1796212645547,100,0,'6b4a8667fe3c45a4b25417272c596b35');
INSERT INTO "latest_metrics" VALUES('test/vqa_accuracy/yes/no',56.16,1796212645547,100,0,'6b4a8667fe3c45a4b25417272c596b35');
INSERT INTO "latest_metrics" VALUES('test/vqa_accuracy_unrounded/yes/no',5.61643835616438380498e+01,1796212645547,100,0,'6b4a8667fe3c45a4b25417272c596b35');
INSERT INTO "latest_metrics" VALUES('test/vqa_accuracy/question_type/yes/no',56.16,1796212645547,100,0,'6b4a8667fe3c45a4b25417272c596b35');
INSERT INTO "latest_metrics" VALUES('test/vqa_accuracy_unrounded/question_type/yes/no',5.61643835616438380498e+01,1796212645547,100,0,'6b4a8667fe3c45a4b25417272c596b35');
INSERT INTO "latest_metrics" VALUES('test/vqa_accuracy/question_type/shape',30.0,1796212645547,100,0,'6b4a8667fe3c45a4b25417272c596b35');
INSERT INTO "latest_metrics" VALUES('test/vqa_accuracy_unrounded/question_type/shape',30.0,1796212645547,100,0,'6b4a8667fe3c45a4b25417272c596b35');
INSERT INTO "latest_metrics" VALUES('time/features_s',1.27523084499989636242e+00,1796212645547,100,0,'6b4a8667fe3c45a4b25417272c596b35');
INSERT INTO "latest_metrics" VALUES('time/lm_load_s',7.0284185099990281742e-01,1796212645547,100,0,'6b4a8667fe3c45a4b25417272c596b35');
INSERT INTO "latest_metrics" VALUES('time/train_s',3.67425950635999925002e+02,1796212645547,100,0,'6b4a8667fe3c45a4b25417272c596b35');
INSERT INTO "latest_metrics" VALUES('time/train_step_s',3.24009009239395240342e+00,1796212645547,100,0,'6b4a8667fe3c45a4b25417272c596b35');
INSERT INTO "latest_metrics" VALUES('time/eval_s',2.21652389659998334532e+01,1796212645547,100,0,'6b4a8667fe3c45a4b25417272c596b35');
INSERT INTO "latest_metrics" VALUES('time/eval_example_s',2.21652389659998338977e-01,1796212645547,100,0,'6b4a8667fe3c45a4b25417272c596b35');
INSERT INTO "latest_metrics" VALUES('time/total_s',3.92113213836999875624e+02,1796212645547,100,0,'6b4a8667fe3c45a4b25417272c596b35');
INSERT INTO "latest_metrics" VALUES('params/trainable',11520.0,1796212649789,0,0,'3c8c999b37a04e2ba60647b531786e67');
INSERT INTO "latest_metrics" VALUES('params/lm',134515008.0,1796212649789,0,0,'3c8c999b37a04e2ba60647b531786e67');
INSERT INTO "latest_metrics" VALUES('train/loss',1.40375030040740966796e+00,1796212985657,100,0,'3c8c999b37a04e2ba60647b531786e67');
INSERT INTO "latest_metrics" VALUES('train/lr',1.0e-05,1796212985657,100,0,'3c8c999b37a04e2ba60647b531786e67');
INSERT INTO "latest_metrics" VALUES('val/vqa_accuracy',61.0,1796212905994,100,0,'6077cd197f264fbabf7b4518c2e3cebb');
INSERT INTO "latest_metrics" VALUES('val/vqa_accuracy_unrounded',61.0,1796212905994,100,0,'6077cd197f264fbabf7b4518c2e3cebb');
INSERT INTO "latest_metrics" VALUES('val/vqa_accuracy/yes/no',74.36,1796212905994,100,0,'6077cd197f264fbabf7b4518c2e3cebb');
INSERT INTO "latest_metrics" VALUES('val/vqa_accuracy_unrounded/yes/no',7.43589743589743648035e+01,1796212905994,100,0,'6077cd197f264fbabf7b4518c2e3cebb');
INSERT INTO "latest_metrics" VALUES('val/vqa_accuracy/question_type/yes/no',74.36,1796212905994,100,0,'6077cd197f264fbabf7b4518c2e3cebb');
INSERT INTO "latest_metrics" VALUES('val/vqa_accuracy_unrounded/question_type/yes/no',7.43589743589743648035e+01,1796212905994,100,0,'6077cd197f264fbabf7b4518c2e3cebb');
INSERT INTO "latest_metrics" VALUES('val/vqa_accuracy/other',13.64,1796212905994,100,0,'6077cd197f264fbabf7b4518c2e3cebb');
INSERT INTO "latest_metrics" VALUES('val/vqa_accuracy_unrounded/other',1.36363636363636366868e+01,1796212905994,100,0,'6077cd197f264fbabf7b4518c2e3cebb');
INSERT INTO "latest_metrics" VALUES('val/vqa_accuracy/question_type/color',7.41,1796212905994,100,0,'6077cd197f264fbabf7b4518c2e3cebb');
INSERT INTO "latest_metrics" VALUES('val/vqa_accuracy_unrounded/question_type/color',7.4074074074074074403e+00,1796212905994,100,0,'6077cd197f264fbabf7b4518c2e3cebb');
INSERT INTO "latest_metrics" VALUES('val/vqa_accuracy/question_type/shape',23.53,1796212905994,100,0,'6077cd197f264fbabf7b4518c2e3cebb');
INSERT INTO "latest_metrics" VALUES('val/vqa_accuracy_unrounded/question_type/shape',2.35294117647058840256e+01,1796212905994,100,0,'6077cd197f264fbabf7b4518c2e3cebb');
INSERT INTO "latest_metrics" VALUES('test/vqa_accuracy',62.0,1796212928076,100,0,'6077cd197f264fbabf7b4518c2e3cebb');
INSERT INTO "latest_metrics" VALUES('test/vqa_accuracy_unrounded',62.0,1796212928076,100,0,'6077cd197f264fbabf7b4518c2e3cebb');
INSERT INTO "latest_metrics" VALUES('test/vqa_accuracy/other',25.93,1796212928076,100,0,'6077cd197f264fbabf7b4518c2e3cebb');
INSERT INTO "latest_metrics" VALUES('test/vqa_accuracy_unrounded/other',2.59259259259259273728e+01,1796212928076,100,0,'6077cd197f264fbabf7b4518c2e3cebb');
INSERT INTO "latest_metrics" VALUES('test/vqa_accuracy/question_type/color',17.65,1796212928076,100,0,'6077cd197f264fbabf7b4518c2e3cebb');
INSERT INTO "latest_metrics" VALUES('test/vqa_accuracy_unrounded/question_type/color',1.76470588235294130181e+01,1796212928076,100,0,'6077cd197f264fbabf7b4518c2e3cebb');
INSERT INTO "latest_metrics" VALUES('test/vqa_accuracy/yes/no',75.34,1796212928076,100,0,'6077cd197f264fbabf7b4518c2e3cebb');
INSERT INTO "latest_metrics" VALUES('test/vqa_accuracy_unrounded/yes/no',7.53424657534246620125e+01,1796212928076,100,0,'6077cd197f264fbabf7b4518c2e3cebb');
INSERT INTO "latest_metrics" VALUES('test/vqa_accuracy/question_type/yes/no',75.34,1796212928076,100,0,'6077cd197f264fbabf7b4518c2e3cebb');
INSERT INTO "latest_metrics" VALUES('test/vqa_accuracy_unrounded/question_type/yes/no',7.53424657534246620125e+01,1796212928076,100,0,'6077cd197f264fbabf7b4518c2e3cebb');
INSERT INTO "latest_metrics" VALUES('test/vqa_accuracy/question_type/shape',40.0,1796212928076,100,0,'6077cd197f264fbabf7b4518c2e3cebb');
INSERT INTO "latest_metrics" VALUES('test/vqa_accuracy_unrounded/question_type/shape',40.0,1796212928076,100,0,'6077cd197f264fbabf7b4518c2e3cebb');
INSERT INTO "latest_metrics" VALUES('time/features_s',1.33766536200027985614e+00,1796212928076,100,0,'6077cd197f264fbabf7b4518c2e3cebb');
INSERT INTO "latest_metrics" VALUES('time/lm_load_s',1.79307334999975864775e-01,1796212928076,100,0,'6077cd197f264fbabf7b4518c2e3cebb');
INSERT INTO "latest_metrics" VALUES('time/train_s',3.78276804838999851192e+02,1796212928076,100,0,'6077cd197f264fbabf7b4518c2e3cebb');
INSERT INTO "latest_metrics" VALUES('time/train_step_s',3.3347104018283,1796212928076,100,0,'6077cd197f264fbabf7b4518c2e3cebb');
INSERT INTO "latest_metrics" VALUES('time/eval_s',2.2055953388000034466e+01,1796212928076,100,0,'6077cd197f264fbabf7b4518c2e3cebb');
INSERT INTO "latest_metrics" VALUES('time/eval_example_s',2.20559533880000352423e-01,1796212928076,100,0,'6077cd197f264fbabf7b4518c2e3cebb');
INSERT INTO "latest_metrics" VALUES('time/total_s',4.02861224565000156875e+02,1796212928076,100,0,'6077cd197f264fbabf7b4518c2e3cebb');
INSERT INTO "latest_metrics" VALUES('params/trainable',11520.0,1796212931406,0,0,'ddedd3456f374a91ab5516e252359df8');
INSERT INTO "latest_metrics" VALUES('params/lm',134515008.0,1796212931406,0,0,'ddedd3456f374a91ab5516e252359df8');
INSERT INTO "latest_metrics" VALUES('train/loss',1.81162405014038085937e+00,1796213167557,70,0,'ddedd3456f374a91ab5516e252359df8');
INSERT INTO "latest_metrics" VALUES('train/lr',2.57500000000000133296e-04,1796213167557,70,0,'ddedd3456f374a91ab5516e252359df8');
INSERT INTO "latest_metrics" VALUES('val/vqa_accuracy',48.5,1796213032862,100,0,'3c8c999b37a04e2ba60647b531786e67');
INSERT INTO "latest_metrics" VALUES('val/vqa_accuracy_unrounded',48.5,1796213032862,100,0,'3c8c999b37a04e2ba60647b531786e67');
INSERT INTO "latest_metrics" VALUES('val/vqa_accuracy/yes/no',59.62,1796213032862,100,0,'3c8c999b37a04e2ba60647b531786e67');
INSERT INTO "latest_metrics" VALUES('val/vqa_accuracy_unrounded/yes/no',5.96153846153846131991e+01,1796213032862,100,0,'3c8c999b37a04e2ba60647b531786e67');
INSERT INTO "latest_metrics" VALUES('val/vqa_accuracy/question_type/yes/no',59.62,1796213032862,100,0,'3c8c999b37a04e2ba60647b531786e67');
INSERT INTO "latest_metrics" VALUES('val/vqa_accuracy_unrounded/question_type/yes/no',5.96153846153846131991e+01,1796213032862,100,0,'3c8c999b37a04e2ba60647b531786e67');
INSERT INTO "latest_metrics" VALUES('val/vqa_accuracy/other',9.09,1796213032862,100,0,'3c8c999b37a04e2ba60647b531786e67');
INSERT INTO "latest_metrics" VALUES('val/vqa_accuracy_unrounded/other',9.09090909090909171652e+00,1796213032862,100,0,'3c8c999b37a04e2ba60647b531786e67');
INSERT INTO "latest_metrics" VALUES('val/vqa_accuracy/question_type/color',14.81,1796213032862,100,0,'3c8c999b37a04e2ba60647b531786e67');
INSERT INTO "latest_metrics" VALUES('val/vqa_accuracy_unrounded/question_type/color',1.48148148148148148806e+01,1796213032862,100,0,'3c8c999b37a04e2ba60647b531786e67');
INSERT INTO "latest_metrics" VALUES('val/vqa_accuracy/question_type/shape',0.0,1796213032862,100,0,'3c8c999b37a04e2ba60647b531786e67');
INSERT INTO "latest_metrics" VALUES('val/vqa_accuracy_unrounded/question_type/shape',0.0,1796213032862,100,0,'3c8c999b37a04e2ba60647b531786e67');
INSERT INTO "latest_metrics" VALUES('test/vqa_accuracy',42.0,1796213056076,100,0,'3c8c999b37a04e2ba60647b531786e67');
INSERT INTO "latest_metrics" VALUES('test/vqa_accuracy_unrounded',42.0,1796213056076,100,0,'3c8c999b37a04e2ba60647b531786e67');
INSERT INTO "latest_metrics" VALUES('test/vqa_accuracy/other',7.41,1796213056076,100,0,'3c8c999b37a04e2ba60647b531786e67');
INSERT INTO "latest_metrics" VALUES('test/vqa_accuracy_unrounded/other',7.4074074074074074403e+00,1796213056076,100,0,'3c8c999b37a04e2ba60647b531786e67');
INSERT INTO "latest_metrics" VALUES('test/vqa_accuracy/question_type/color',11.76,1796213056076,100,0,'3c8c999b37a04e2ba60647b531786e67');
INSERT INTO "latest_metrics" VALUES('test/vqa_accuracy_unrounded/question_type/color',1.17647058823529420128e+01,1796213056076,100,0,'3c8c999b37a04e2ba60647b531786e67');
INSERT INTO "latest_metrics" VALUES('test/vqa_accuracy/yes/no',54.79,1796213056076,100,0,'3c8c999b37a04e2ba60647b531786e67');
INSERT INTO "latest_metrics" VALUES('test/vqa_accuracy_unrounded/yes/no',5.47945205479452042158e+01,1796213056076,100,0,'3c8c999b37a04e2ba60647b531786e67');
INSERT INTO "latest_metrics" VALUES('test/vqa_accuracy/question_type/yes/no',54.79,1796213056076,100,0,'3c8c999b37a04e2ba60647b531786e67');
INSERT INTO "latest_metrics" VALUES('test/vqa_accuracy_unrounded/question_type/yes/no',5.47945205479452042158e+01,1796213056076,100,0,'3c8c999b37a04e2ba60647b531786e67');
INSERT INTO "latest_metrics" VALUES('test/vqa_accuracy/question_type/shape',0.0,1796213056076,100,0,'3c8c999b37a04e2ba60647b531786e67');
INSERT INTO "latest_metrics" VALUES('test/vqa_accuracy_unrounded/question_type/shape',0.0,1796213056076,100,0,'3c8c999b37a04e2ba60647b531786e67');
INSERT INTO "latest_metrics" VALUES('time/features_s',2.3109336700003950682e+00,1796213056076,100,0,'3c8c999b37a04e2ba60647b531786e67');
INSERT INTO "latest_metrics" VALUES('time/lm_load_s',2.39165622999735205667e-01,1796213056076,100,0,'3c8c999b37a04e2ba60647b531786e67');
INSERT INTO "latest_metrics" VALUES('time/train_s',3.83079056341000068631e+02,1796213056076,100,0,'3c8c999b37a04e2ba60647b531786e67');
INSERT INTO "latest_metrics" VALUES('time/train_step_s',3.34488961548485619346e+00,1796213056076,100,0,'3c8c999b37a04e2ba60647b531786e67');
INSERT INTO "latest_metrics" VALUES('time/eval_s',2.3192330375999972603e+01,1796213056076,100,0,'3c8c999b37a04e2ba60647b531786e67');
INSERT INTO "latest_metrics" VALUES('time/eval_example_s',2.31923303759999727136e-01,1796213056076,100,0,'3c8c999b37a04e2ba60647b531786e67');
INSERT INTO "latest_metrics" VALUES('time/total_s',4.10168058689000190495e+02,1796213056076,100,0,'3c8c999b37a04e2ba60647b531786e67');
INSERT INTO "latest_metrics" VALUES('best_value',65.0,1796213056195,0,0,'c6990d8a95bb4aa9b9d338f8de220057');
INSERT INTO "latest_metrics" VALUES('trials',3.0,1796213056198,0,0,'c6990d8a95bb4aa9b9d338f8de220057');
INSERT INTO "latest_metrics" VALUES('params/trainable',1069632.0,1796213059018,0,0,'674e2753386c4c3894c557e7e6d9e179');
INSERT INTO "latest_metrics" VALUES('params/lm',134515008.0,1796213059018,0,0,'674e2753386c4c3894c557e7e6d9e179');
INSERT INTO "latest_metrics" VALUES('train/loss',8.48414778709411621093e-01,1796213167086,40,0,'674e2753386c4c3894c557e7e6d9e179');
INSERT INTO "latest_metrics" VALUES('train/lr',0.0022525,1796213167086,40,0,'674e2753386c4c3894c557e7e6d9e179');
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
INSERT INTO "metrics" VALUES('train/loss',5.55345118045806884765e-01,1796211312781,'68b1e038025d459bb9f544d7270dfa58',100,0);
INSERT INTO "metrics" VALUES('train/lr',1.0e-05,1796211312781,'68b1e038025d459bb9f544d7270dfa58',100,0);
INSERT INTO "metrics" VALUES('train/loss',7.15000689029693603515e-01,1796211315172,'8a0c8265ea7d40dfbe6d4d0bfa871895',30,0);
INSERT INTO "metrics" VALUES('train/lr',2.6607644425225175774e-04,1796211315172,'8a0c8265ea7d40dfbe6d4d0bfa871895',30,0);
INSERT INTO "metrics" VALUES('val/vqa_accuracy',74.5,1796211348201,'68b1e038025d459bb9f544d7270dfa58',100,0);
INSERT INTO "metrics" VALUES('val/vqa_accuracy_unrounded',74.5,1796211348201,'68b1e038025d459bb9f544d7270dfa58',100,0);
INSERT INTO "metrics" VALUES('val/vqa_accuracy/yes/no',84.62,1796211348201,'68b1e038025d459bb9f544d7270dfa58',100,0);
INSERT INTO "metrics" VALUES('val/vqa_accuracy_unrounded/yes/no',8.46153846153846131948e+01,1796211348201,'68b1e038025d459bb9f544d7270dfa58',100,0);
INSERT INTO "metrics" VALUES('val/vqa_accuracy/question_type/yes/no',84.62,1796211348201,'68b1e038025d459bb9f544d7270dfa58',100,0);
INSERT INTO "metrics" VALUES('val/vqa_accuracy_unrounded/question_type/yes/no',8.46153846153846131948e+01,1796211348201,'68b1e038025d459bb9f544d7270dfa58',100,0);
INSERT INTO "metrics" VALUES('val/vqa_accuracy/other',38.64,1796211348201,'68b1e038025d459bb9f544d7270dfa58',100,0);
INSERT INTO "metrics" VALUES('val/vqa_accuracy_unrounded/other',3.86363636363636331338e+01,1796211348201,'68b1e038025d459bb9f544d7270dfa58',100,0);
INSERT INTO "metrics" VALUES('val/vqa_accuracy/question_type/color',11.11,1796211348201,'68b1e038025d459bb9f544d7270dfa58',100,0);
INSERT INTO "metrics" VALUES('val/vqa_accuracy_unrounded/question_type/color',1.11111111111111107165e+01,1796211348201,'68b1e038025d459bb9f544d7270dfa58',100,0);
INSERT INTO "metrics" VALUES('val/vqa_accuracy/question_type/shape',82.35,1796211348201,'68b1e038025d459bb9f544d7270dfa58',100,0);
INSERT INTO "metrics" VALUES('val/vqa_accuracy_unrounded/question_type/shape',82.3529411764706,1796211348201,'68b1e038025d459bb9f544d7270dfa58',100,0);
INSERT INTO "metrics" VALUES('train/loss',7.02119171619415283203e-01,1796211351367,'8a0c8265ea7d40dfbe6d4d0bfa871895',40,0);
INSERT INTO "metrics" VALUES('train/lr',2.27499999999999973293e-04,1796211351367,'8a0c8265ea7d40dfbe6d4d0bfa871895',40,0);
INSERT INTO "metrics" VALUES('test/vqa_accuracy',74.0,1796211365445,'68b1e038025d459bb9f544d7270dfa58',100,0);
INSERT INTO "metrics" VALUES('test/vqa_accuracy_unrounded',74.0,1796211365445,'68b1e038025d459bb9f544d7270dfa58',100,0);
INSERT INTO "metrics" VALUES('test/vqa_accuracy/other',40.74,1796211365445,'68b1e038025d459bb9f544d7270dfa58',100,0);
INSERT INTO "metrics" VALUES('test/vqa_accuracy_unrounded/other',4.07407407407407404784e+01,1796211365445,'68b1e038025d459bb9f544d7270dfa58',100,0);
INSERT INTO "metrics" VALUES('test/vqa_accuracy/question_type/color',11.76,1796211365445,'68b1e038025d459bb9f544d7270dfa58',100,0);
INSERT INTO "metrics" VALUES('test/vqa_accuracy_unrounded/question_type/color',1.17647058823529420128e+01,1796211365445,'68b1e038025d459bb9f544d7270dfa58',100,0);
INSERT INTO "metrics" VALUES('test/vqa_accuracy/yes/no',86.3,1796211365445,'68b1e038025d459bb9f544d7270dfa58',100,0);
INSERT INTO "metrics" VALUES('test/vqa_accuracy_unrounded/yes/no',86.3013698630137,1796211365445,'68b1e038025d459bb9f544d7270dfa58',100,0);
INSERT INTO "metrics" VALUES('test/vqa_accuracy/question_type/yes/no',86.3,1796211365445,'68b1e038025d459bb9f544d7270dfa58',100,0);
INSERT INTO "metrics" VALUES('test/vqa_accuracy_unrounded/question_type/yes/no',86.3013698630137,1796211365445,'68b1e038025d459bb9f544d7270dfa58',100,0);
INSERT INTO "metrics" VALUES('test/vqa_accuracy/question_type/shape',90.0,1796211365445,'68b1e038025d459bb9f544d7270dfa58',100,0);
INSERT INTO "metrics" VALUES('test/vqa_accuracy_unrounded/question_type/shape',90.0,1796211365445,'68b1e038025d459bb9f544d7270dfa58',100,0);
INSERT INTO "metrics" VALUES('time/features_s',1.27636685599986776651e+00,1796211365445,'68b1e038025d459bb9f544d7270dfa58',100,0);
INSERT INTO "metrics" VALUES('time/lm_load_s',2.05749351999884311226e-01,1796211365445,'68b1e038025d459bb9f544d7270dfa58',100,0);
INSERT INTO "metrics" VALUES('time/train_s',4.20645955374000095599e+02,1796211365445,'68b1e038025d459bb9f544d7270dfa58',100,0);
INSERT INTO "metrics" VALUES('time/train_step_s',3.86228616014141667989e+00,1796211365445,'68b1e038025d459bb9f544d7270dfa58',100,0);
INSERT INTO "metrics" VALUES('time/eval_s',1.72027543579999928624e+01,1796211365445,'68b1e038025d459bb9f544d7270dfa58',100,0);
INSERT INTO "metrics" VALUES('time/eval_example_s',1.72027543579999941947e-01,1796211365445,'68b1e038025d459bb9f544d7270dfa58',100,0);
INSERT INTO "metrics" VALUES('time/total_s',4.40420958390999885525e+02,1796211365445,'68b1e038025d459bb9f544d7270dfa58',100,0);
INSERT INTO "metrics" VALUES('best_value',74.5,1796211365595,'221e644320824cfe8715acfb34cc0880',0,0);
INSERT INTO "metrics" VALUES('trials',3.0,1796211365599,'221e644320824cfe8715acfb34cc0880',0,0);
INSERT INTO "metrics" VALUES('params/trainable',7107088.0,1796211369190,'78e28a8c61ae428391ebb7b69bfc329b',0,0);
INSERT INTO "metrics" VALUES('params/lm',134515008.0,1796211369190,'78e28a8c61ae428391ebb7b69bfc329b',0,0);
INSERT INTO "metrics" VALUES('train/loss',1.60013222694396972656e+00,1796211384636,'78e28a8c61ae428391ebb7b69bfc329b',10,0);
INSERT INTO "metrics" VALUES('train/lr',0.003,1796211384636,'78e28a8c61ae428391ebb7b69bfc329b',10,0);
INSERT INTO "metrics" VALUES('train/loss',0.622154951095581,1796211385000,'8a0c8265ea7d40dfbe6d4d0bfa871895',50,0);
INSERT INTO "metrics" VALUES('train/lr',1.80178985761704897562e-04,1796211385000,'8a0c8265ea7d40dfbe6d4d0bfa871895',50,0);
INSERT INTO "metrics" VALUES('train/loss',7.26336908340454101562e+00,1796211398462,'78e28a8c61ae428391ebb7b69bfc329b',20,0);
INSERT INTO "metrics" VALUES('train/lr',2.90984046807493288919e-03,1796211398462,'78e28a8c61ae428391ebb7b69bfc329b',20,0);
INSERT INTO "metrics" VALUES('train/loss',1.76183497905731201171e+00,1796211412399,'78e28a8c61ae428391ebb7b69bfc329b',30,0);
INSERT INTO "metrics" VALUES('train/lr',2.65023644246287215509e-03,1796211412399,'78e28a8c61ae428391ebb7b69bfc329b',30,0);
INSERT INTO "metrics" VALUES('train/loss',2.90010988712310791015e-01,1796211418929,'8a0c8265ea7d40dfbe6d4d0bfa871895',60,0);
INSERT INTO "metrics" VALUES('train/lr',1.29821014238295102385e-04,1796211418929,'8a0c8265ea7d40dfbe6d4d0bfa871895',60,0);
INSERT INTO "metrics" VALUES('train/loss',1.3130670785903930664e+00,1796211426882,'78e28a8c61ae428391ebb7b69bfc329b',40,0);
INSERT INTO "metrics" VALUES('train/lr',0.0022525,1796211426882,'78e28a8c61ae428391ebb7b69bfc329b',40,0);
INSERT INTO "metrics" VALUES('train/loss',1.17371928691864013671e+00,1796211440952,'78e28a8c61ae428391ebb7b69bfc329b',50,0);
INSERT INTO "metrics" VALUES('train/lr',1.76460402561206121212e-03,1796211440952,'78e28a8c61ae428391ebb7b69bfc329b',50,0);
INSERT INTO "metrics" VALUES('train/loss',5.00550985336303710937e-01,1796211453589,'8a0c8265ea7d40dfbe6d4d0bfa871895',70,0);
INSERT INTO "metrics" VALUES('train/lr',8.2500000000000026654e-05,1796211453589,'8a0c8265ea7d40dfbe6d4d0bfa871895',70,0);
INSERT INTO "metrics" VALUES('train/loss',4.61964458227157592773e-01,1796211455822,'78e28a8c61ae428391ebb7b69bfc329b',60,0);
INSERT INTO "metrics" VALUES('train/lr',1.24539597438793931023e-03,1796211455822,'78e28a8c61ae428391ebb7b69bfc329b',60,0);
INSERT INTO "metrics" VALUES('train/loss',9.01502430438995361328e-01,1796211471013,'78e28a8c61ae428391ebb7b69bfc329b',70,0);
INSERT INTO "metrics" VALUES('train/lr',7.57500000000000360544e-04,1796211471013,'78e28a8c61ae428391ebb7b69bfc329b',70,0);
INSERT INTO "metrics" VALUES('train/loss',6.06701254844665527343e-01,1796211485494,'78e28a8c61ae428391ebb7b69bfc329b',80,0);
INSERT INTO "metrics" VALUES('train/lr',3.59763557537128042009e-04,1796211485494,'78e28a8c61ae428391ebb7b69bfc329b',80,0);
INSERT INTO "metrics" VALUES('train/loss',3.1873753666877746582e-01,1796211489128,'8a0c8265ea7d40dfbe6d4d0bfa871895',80,0);
INSERT INTO "metrics" VALUES('train/lr',4.39235557477482e-05,1796211489128,'8a0c8265ea7d40dfbe6d4d0bfa871895',80,0);
INSERT INTO "metrics" VALUES('train/loss',8.22391629219055175781e-01,1796211499819,'78e28a8c61ae428391ebb7b69bfc329b',90,0);
INSERT INTO "metrics" VALUES('train/lr',1.00159531925067063961e-04,1796211499819,'78e28a8c61ae428391ebb7b69bfc329b',90,0);
INSERT INTO "metrics" VALUES('train/loss',0.563769519329071,1796211513214,'78e28a8c61ae428391ebb7b69bfc329b',100,0);
INSERT INTO "metrics" VALUES('train/lr',1.0e-05,1796211513214,'78e28a8c61ae428391ebb7b69bfc329b',100,0);
INSERT INTO "metrics" VALUES('train/loss',3.50041031837463378906e-01,1796211522511,'8a0c8265ea7d40dfbe6d4d0bfa871895',90,0);
INSERT INTO "metrics" VALUES('train/lr',1.87445699860432937969e-05,1796211522511,'8a0c8265ea7d40dfbe6d4d0bfa871895',90,0);
INSERT INTO "metrics" VALUES('val/vqa_accuracy',64.5,1796211529716,'78e28a8c61ae428391ebb7b69bfc329b',100,0);
INSERT INTO "metrics" VALUES('val/vqa_accuracy_unrounded',64.5,1796211529716,'78e28a8c61ae428391ebb7b69bfc329b',100,0);
INSERT INTO "metrics" VALUES('val/vqa_accuracy/yes/no',78.85,1796211529716,'78e28a8c61ae428391ebb7b69bfc329b',100,0);
INSERT INTO "metrics" VALUES('val/vqa_accuracy_unrounded/yes/no',7.88461538461538395932e+01,1796211529716,'78e28a8c61ae428391ebb7b69bfc329b',100,0);
INSERT INTO "metrics" VALUES('val/vqa_accuracy/question_type/yes/no',78.85,1796211529716,'78e28a8c61ae428391ebb7b69bfc329b',100,0);
INSERT INTO "metrics" VALUES('val/vqa_accuracy_unrounded/question_type/yes/no',7.88461538461538395932e+01,1796211529716,'78e28a8c61ae428391ebb7b69bfc329b',100,0);
INSERT INTO "metrics" VALUES('val/vqa_accuracy/other',13.64,1796211529716,'78e28a8c61ae428391ebb7b69bfc329b',100,0);
INSERT INTO "metrics" VALUES('val/vqa_accuracy_unrounded/other',1.36363636363636366868e+01,1796211529716,'78e28a8c61ae428391ebb7b69bfc329b',100,0);
INSERT INTO "metrics" VALUES('val/vqa_accuracy/question_type/color',3.7,1796211529716,'78e28a8c61ae428391ebb7b69bfc329b',100,0);
INSERT INTO "metrics" VALUES('val/vqa_accuracy_unrounded/question_type/color',3.70370370370370372015e+00,1796211529716,'78e28a8c61ae428391ebb7b69bfc329b',100,0);
INSERT INTO "metrics" VALUES('val/vqa_accuracy/question_type/shape',29.41,1796211529716,'78e28a8c61ae428391ebb7b69bfc329b',100,0);
INSERT INTO "metrics" VALUES('val/vqa_accuracy_unrounded/question_type/shape',2.94117647058823514791e+01,1796211529716,'78e28a8c61ae428391ebb7b69bfc329b',100,0);
INSERT INTO "metrics" VALUES('test/vqa_accuracy',63.0,1796211538194,'78e28a8c61ae428391ebb7b69bfc329b',100,0);
INSERT INTO "metrics" VALUES('test/vqa_accuracy_unrounded',63.0,1796211538194,'78e28a8c61ae428391ebb7b69bfc329b',100,0);
INSERT INTO "metrics" VALUES('test/vqa_accuracy/other',18.52,1796211538194,'78e28a8c61ae428391ebb7b69bfc329b',100,0);
INSERT INTO "metrics" VALUES('test/vqa_accuracy_unrounded/other',1.85185185185185190448e+01,1796211538194,'78e28a8c61ae428391ebb7b69bfc329b',100,0);
INSERT INTO "metrics" VALUES('test/vqa_accuracy/question_type/color',11.76,1796211538194,'78e28a8c61ae428391ebb7b69bfc329b',100,0);
INSERT INTO "metrics" VALUES('test/vqa_accuracy_unrounded/question_type/color',1.17647058823529420128e+01,1796211538194,'78e28a8c61ae428391ebb7b69bfc329b',100,0);
INSERT INTO "metrics" VALUES('test/vqa_accuracy/yes/no',79.45,1796211538194,'78e28a8c61ae428391ebb7b69bfc329b',100,0);
INSERT INTO "metrics" VALUES('test/vqa_accuracy_unrounded/yes/no',7.9452054794520549307e+01,1796211538194,'78e28a8c61ae428391ebb7b69bfc329b',100,0);
INSERT INTO "metrics" VALUES('test/vqa_accuracy/question_type/yes/no',79.45,1796211538194,'78e28a8c61ae428391ebb7b69bfc329b',100,0);
INSERT INTO "metrics" VALUES('test/vqa_accuracy_unrounded/question_type/yes/no',7.9452054794520549307e+01,1796211538194,'78e28a8c61ae428391ebb7b69bfc329b',100,0);
INSERT INTO "metrics" VALUES('test/vqa_accuracy/question_type/shape',30.0,1796211538194,'78e28a8c61ae428391ebb7b69bfc329b',100,0);
INSERT INTO "metrics" VALUES('test/vqa_accuracy_unrounded/question_type/shape',30.0,1796211538194,'78e28a8c61ae428391ebb7b69bfc329b',100,0);
INSERT INTO "metrics" VALUES('time/features_s',1.85160220300008404592e+00,1796211538194,'78e28a8c61ae428391ebb7b69bfc329b',100,0);
INSERT INTO "metrics" VALUES('time/lm_load_s',1.80059045999996669706e-01,1796211538194,'78e28a8c61ae428391ebb7b69bfc329b',100,0);
INSERT INTO "metrics" VALUES('time/train_s',1.60531179572999917583e+02,1796211538194,'78e28a8c61ae428391ebb7b69bfc329b',100,0);
INSERT INTO "metrics" VALUES('time/train_step_s',1.43150805423232840851e+00,1796211538194,'78e28a8c61ae428391ebb7b69bfc329b',100,0);
INSERT INTO "metrics" VALUES('time/eval_s',8.42866949300014312029e+00,1796211538194,'78e28a8c61ae428391ebb7b69bfc329b',100,0);
INSERT INTO "metrics" VALUES('time/eval_example_s',8.42866949300014323132e-02,1796211538194,'78e28a8c61ae428391ebb7b69bfc329b',100,0);
INSERT INTO "metrics" VALUES('time/total_s',1.7224476479000009021e+02,1796211538194,'78e28a8c61ae428391ebb7b69bfc329b',100,0);
INSERT INTO "metrics" VALUES('params/trainable',7107088.0,1796211541055,'aa68852e17ab4e48bd81ff1aac61d926',0,0);
INSERT INTO "metrics" VALUES('params/lm',134515008.0,1796211541055,'aa68852e17ab4e48bd81ff1aac61d926',0,0);
INSERT INTO "metrics" VALUES('train/loss',4.10159969329834,1796211555310,'aa68852e17ab4e48bd81ff1aac61d926',10,0);
INSERT INTO "metrics" VALUES('train/lr',0.001,1796211555310,'aa68852e17ab4e48bd81ff1aac61d926',10,0);
INSERT INTO "metrics" VALUES('train/loss',3.09622853994369506835e-01,1796211555511,'8a0c8265ea7d40dfbe6d4d0bfa871895',100,0);
INSERT INTO "metrics" VALUES('train/lr',1.0e-05,1796211555511,'8a0c8265ea7d40dfbe6d4d0bfa871895',100,0);
INSERT INTO "metrics" VALUES('train/loss',1.83615875244140625e+00,1796211569362,'aa68852e17ab4e48bd81ff1aac61d926',20,0);
INSERT INTO "metrics" VALUES('train/lr',9.70147847289024728434e-04,1796211569362,'aa68852e17ab4e48bd81ff1aac61d926',20,0);
INSERT INTO "metrics" VALUES('train/loss',1.49948835372924804687e+00,1796211583058,'aa68852e17ab4e48bd81ff1aac61d926',30,0);
INSERT INTO "metrics" VALUES('train/lr',8.84191999343894086994e-04,1796211583058,'aa68852e17ab4e48bd81ff1aac61d926',30,0);
INSERT INTO "metrics" VALUES('train/loss',1.13145875930786132812e+00,1796211597139,'aa68852e17ab4e48bd81ff1aac61d926',40,0);
INSERT INTO "metrics" VALUES('train/lr',7.52499999999999913749e-04,1796211597139,'aa68852e17ab4e48bd81ff1aac61d926',40,0);
INSERT INTO "metrics" VALUES('val/vqa_accuracy',77.0,1796211600818,'8a0c8265ea7d40dfbe6d4d0bfa871895',100,0);
INSERT INTO "metrics" VALUES('val/vqa_accuracy_unrounded',77.0,1796211600818,'8a0c8265ea7d40dfbe6d4d0bfa871895',100,0);
INSERT INTO "metrics" VALUES('val/vqa_accuracy/yes/no',84.62,1796211600818,'8a0c8265ea7d40dfbe6d4d0bfa871895',100,0);
INSERT INTO "metrics" VALUES('val/vqa_accuracy_unrounded/yes/no',8.46153846153846131948e+01,1796211600818,'8a0c8265ea7d40dfbe6d4d0bfa871895',100,0);
INSERT INTO "metrics" VALUES('val/vqa_accuracy/question_type/yes/no',84.62,1796211600818,'8a0c8265ea7d40dfbe6d4d0bfa871895',100,0);
INSERT INTO "metrics" VALUES('val/vqa_accuracy_unrounded/question_type/yes/no',8.46153846153846131948e+01,1796211600818,'8a0c8265ea7d40dfbe6d4d0bfa871895',100,0);
INSERT INTO "metrics" VALUES('val/vqa_accuracy/other',50.0,1796211600818,'8a0c8265ea7d40dfbe6d4d0bfa871895',100,0);
INSERT INTO "metrics" VALUES('val/vqa_accuracy_unrounded/other',50.0,1796211600818,'8a0c8265ea7d40dfbe6d4d0bfa871895',100,0);
INSERT INTO "metrics" VALUES('val/vqa_accuracy/question_type/color',22.22,1796211600818,'8a0c8265ea7d40dfbe6d4d0bfa871895',100,0);
INSERT INTO "metrics" VALUES('val/vqa_accuracy_unrounded/question_type/color',2.22222222222222214331e+01,1796211600818,'8a0c8265ea7d40dfbe6d4d0bfa871895',100,0);
INSERT INTO "metrics" VALUES('val/vqa_accuracy/question_type/shape',94.12,1796211600818,'8a0c8265ea7d40dfbe6d4d0bfa871895',100,0);
INSERT INTO "metrics" VALUES('val/vqa_accuracy_unrounded/question_type/shape',9.41176470588235361026e+01,1796211600818,'8a0c8265ea7d40dfbe6d4d0bfa871895',100,0);
INSERT INTO "metrics" VALUES('train/loss',1.07311177253723144531e+00,1796211610705,'aa68852e17ab4e48bd81ff1aac61d926',50,0);
INSERT INTO "metrics" VALUES('train/lr',5.90955847945130556542e-04,1796211610705,'aa68852e17ab4e48bd81ff1aac61d926',50,0);
INSERT INTO "metrics" VALUES('test/vqa_accuracy',77.0,1796211623078,'8a0c8265ea7d40dfbe6d4d0bfa871895',100,0);
INSERT INTO "metrics" VALUES('test/vqa_accuracy_unrounded',77.0,1796211623078,'8a0c8265ea7d40dfbe6d4d0bfa871895',100,0);
INSERT INTO "metrics" VALUES('test/vqa_accuracy/other',55.56,1796211623078,'8a0c8265ea7d40dfbe6d4d0bfa871895',100,0);
INSERT INTO "metrics" VALUES('test/vqa_accuracy_unrounded/other',5.55555555555555571336e+01,1796211623078,'8a0c8265ea7d40dfbe6d4d0bfa871895',100,0);
INSERT INTO "metrics" VALUES('test/vqa_accuracy/question_type/color',29.41,1796211623078,'8a0c8265ea7d40dfbe6d4d0bfa871895',100,0);
INSERT INTO "metrics" VALUES('test/vqa_accuracy_unrounded/question_type/color',2.94117647058823514791e+01,1796211623078,'8a0c8265ea7d40dfbe6d4d0bfa871895',100,0);
INSERT INTO "metrics" VALUES('test/vqa_accuracy/yes/no',84.93,1796211623078,'8a0c8265ea7d40dfbe6d4d0bfa871895',100,0);
INSERT INTO "metrics" VALUES('test/vqa_accuracy_unrounded/yes/no',8.49315068493150704398e+01,1796211623078,'8a0c8265ea7d40dfbe6d4d0bfa871895',100,0);
INSERT INTO "metrics" VALUES('test/vqa_accuracy/question_type/yes/no',84.93,1796211623078,'8a0c8265ea7d40dfbe6d4d0bfa871895',100,0);
INSERT INTO "metrics" VALUES('test/vqa_accuracy_unrounded/question_type/yes/no',8.49315068493150704398e+01,1796211623078,'8a0c8265ea7d40dfbe6d4d0bfa871895',100,0);
INSERT INTO "metrics" VALUES('test/vqa_accuracy/question_type/shape',100.0,1796211623078,'8a0c8265ea7d40dfbe6d4d0bfa871895',100,0);
INSERT INTO "metrics" VALUES('test/vqa_accuracy_unrounded/question_type/shape',100.0,1796211623078,'8a0c8265ea7d40dfbe6d4d0bfa871895',100,0);
INSERT INTO "metrics" VALUES('time/features_s',2.11803660800001125608e+00,1796211623078,'8a0c8265ea7d40dfbe6d4d0bfa871895',100,0);
INSERT INTO "metrics" VALUES('time/lm_load_s',0.208470441000145,1796211623078,'8a0c8265ea7d40dfbe6d4d0bfa871895',100,0);
INSERT INTO "metrics" VALUES('time/train_s',4.42863699907999716761e+02,1796211623078,'8a0c8265ea7d40dfbe6d4d0bfa871895',100,0);
INSERT INTO "metrics" VALUES('time/train_step_s',3.96858572182827629148e+00,1796211623078,'8a0c8265ea7d40dfbe6d4d0bfa871895',100,0);
INSERT INTO "metrics" VALUES('time/eval_s',2.21806831419999070939e+01,1796211623078,'8a0c8265ea7d40dfbe6d4d0bfa871895',100,0);
INSERT INTO "metrics" VALUES('time/eval_example_s',2.21806831419999073151e-01,1796211623078,'8a0c8265ea7d40dfbe6d4d0bfa871895',100,0);
INSERT INTO "metrics" VALUES('time/total_s',4.68641054167000220337e+02,1796211623078,'8a0c8265ea7d40dfbe6d4d0bfa871895',100,0);
INSERT INTO "metrics" VALUES('best_value',77.0,1796211623196,'49115958788e488f8e0243b14908a598',0,0);
INSERT INTO "metrics" VALUES('trials',3.0,1796211623203,'49115958788e488f8e0243b14908a598',0,0);
INSERT INTO "metrics" VALUES('train/loss',0.54420405626297,1796211624457,'aa68852e17ab4e48bd81ff1aac61d926',60,0);
INSERT INTO "metrics" VALUES('train/lr',4.19044152054869490503e-04,1796211624457,'aa68852e17ab4e48bd81ff1aac61d926',60,0);
INSERT INTO "metrics" VALUES('params/trainable',1070208.0,1796211626406,'009ae9300aeb4895b78e31ca8466eaf3',0,0);
INSERT INTO "metrics" VALUES('params/lm',134515008.0,1796211626406,'009ae9300aeb4895b78e31ca8466eaf3',0,0);
INSERT INTO "metrics" VALUES('train/loss',1.05812871456146240234e+00,1796211638063,'aa68852e17ab4e48bd81ff1aac61d926',70,0);
INSERT INTO "metrics" VALUES('train/lr',2.57500000000000133296e-04,1796211638063,'aa68852e17ab4e48bd81ff1aac61d926',70,0);
INSERT INTO "metrics" VALUES('train/loss',6.33044064044952392578e-01,1796211651551,'aa68852e17ab4e48bd81ff1aac61d926',80,0);
INSERT INTO "metrics" VALUES('train/lr',1.2580800065610596005e-04,1796211651551,'aa68852e17ab4e48bd81ff1aac61d926',80,0);
INSERT INTO "metrics" VALUES('train/loss',1.4806652069091796875e+00,1796211651771,'009ae9300aeb4895b78e31ca8466eaf3',10,0);
INSERT INTO "metrics" VALUES('train/lr',0.003,1796211651771,'009ae9300aeb4895b78e31ca8466eaf3',10,0);
INSERT INTO "metrics" VALUES('train/loss',1.0098997354507446289e+00,1796211664800,'aa68852e17ab4e48bd81ff1aac61d926',90,0);
INSERT INTO "metrics" VALUES('train/lr',3.98521527109753863739e-05,1796211664800,'aa68852e17ab4e48bd81ff1aac61d926',90,0);
INSERT INTO "metrics" VALUES('train/loss',6.6828542947769165039e-01,1796211676365,'009ae9300aeb4895b78e31ca8466eaf3',20,0);
INSERT INTO "metrics" VALUES('train/lr',2.90984046807493288919e-03,1796211676365,'009ae9300aeb4895b78e31ca8466eaf3',20,0);
INSERT INTO "metrics" VALUES('train/loss',6.06901288032531738281e-01,1796211677907,'aa68852e17ab4e48bd81ff1aac61d926',100,0);
INSERT INTO "metrics" VALUES('train/lr',1.0e-05,1796211677907,'aa68852e17ab4e48bd81ff1aac61d926',100,0);
INSERT INTO "metrics" VALUES('val/vqa_accuracy',67.0,1796211693686,'aa68852e17ab4e48bd81ff1aac61d926',100,0);
INSERT INTO "metrics" VALUES('val/vqa_accuracy_unrounded',67.0,1796211693686,'aa68852e17ab4e48bd81ff1aac61d926',100,0);
INSERT INTO "metrics" VALUES('val/vqa_accuracy/yes/no',81.41,1796211693686,'aa68852e17ab4e48bd81ff1aac61d926',100,0);
INSERT INTO "metrics" VALUES('val/vqa_accuracy_unrounded/yes/no',8.14102564102564088023e+01,1796211693686,'aa68852e17ab4e48bd81ff1aac61d926',100,0);
INSERT INTO "metrics" VALUES('val/vqa_accuracy/question_type/yes/no',81.41,1796211693686,'aa68852e17ab4e48bd81ff1aac61d926',100,0);
INSERT INTO "metrics" VALUES('val/vqa_accuracy_unrounded/question_type/yes/no',8.14102564102564088023e+01,1796211693686,'aa68852e17ab4e48bd81ff1aac61d926',100,0);
INSERT INTO "metrics" VALUES('val/vqa_accuracy/other',15.91,1796211693686,'aa68852e17ab4e48bd81ff1aac61d926',100,0);
INSERT INTO "metrics" VALUES('val/vqa_accuracy_unrounded/other',1.59090909090909082834e+01,1796211693686,'aa68852e17ab4e48bd81ff1aac61d926',100,0);
INSERT INTO "metrics" VALUES('val/vqa_accuracy/question_type/color',3.7,1796211693686,'aa68852e17ab4e48bd81ff1aac61d926',100,0);
INSERT INTO "metrics" VALUES('val/vqa_accuracy_unrounded/question_type/color',3.70370370370370372015e+00,1796211693686,'aa68852e17ab4e48bd81ff1aac61d926',100,0);
INSERT INTO "metrics" VALUES('val/vqa_accuracy/question_type/shape',35.29,1796211693686,'aa68852e17ab4e48bd81ff1aac61d926',100,0);
INSERT INTO "metrics" VALUES('val/vqa_accuracy_unrounded/question_type/shape',3.52941176470588260363e+01,1796211693686,'aa68852e17ab4e48bd81ff1aac61d926',100,0);
INSERT INTO "metrics" VALUES('train/loss',7.329769134521484375e-01,1796211701525,'009ae9300aeb4895b78e31ca8466eaf3',30,0);
INSERT INTO "metrics" VALUES('train/lr',2.65023644246287215509e-03,1796211701525,'009ae9300aeb4895b78e31ca8466eaf3',30,0);
INSERT INTO "metrics" VALUES('test/vqa_accuracy',59.0,1796211701749,'aa68852e17ab4e48bd81ff1aac61d926',100,0);
INSERT INTO "metrics" VALUES('test/vqa_accuracy_unrounded',59.0,1796211701749,'aa68852e17ab4e48bd81ff1aac61d926',100,0);
INSERT INTO "metrics" VALUES('test/vqa_accuracy/other',14.81,1796211701749,'aa68852e17ab4e48bd81ff1aac61d926',100,0);
INSERT INTO "metrics" VALUES('test/vqa_accuracy_unrounded/other',1.48148148148148148806e+01,1796211701749,'aa68852e17ab4e48bd81ff1aac61d926',100,0);
INSERT INTO "metrics" VALUES('test/vqa_accuracy/question_type/color',11.76,1796211701749,'aa68852e17ab4e48bd81ff1aac61d926',100,0);
INSERT INTO "metrics" VALUES('test/vqa_accuracy_unrounded/question_type/color',1.17647058823529420128e+01,1796211701749,'aa68852e17ab4e48bd81ff1aac61d926',100,0);
INSERT INTO "metrics" VALUES('test/vqa_accuracy/yes/no',75.34,1796211701749,'aa68852e17ab4e48bd81ff1aac61d926',100,0);
INSERT INTO "metrics" VALUES('test/vqa_accuracy_unrounded/yes/no',7.53424657534246620125e+01,1796211701749,'aa68852e17ab4e48bd81ff1aac61d926',100,0);
INSERT INTO "metrics" VALUES('test/vqa_accuracy/question_type/yes/no',75.34,1796211701749,'aa68852e17ab4e48bd81ff1aac61d926',100,0);
INSERT INTO "metrics" VALUES('test/vqa_accuracy_unrounded/question_type/yes/no',7.53424657534246620125e+01,1796211701749,'aa68852e17ab4e48bd81ff1aac61d926',100,0);
INSERT INTO "metrics" VALUES('test/vqa_accuracy/question_type/shape',20.0,1796211701749,'aa68852e17ab4e48bd81ff1aac61d926',100,0);
INSERT INTO "metrics" VALUES('test/vqa_accuracy_unrounded/question_type/shape',20.0,1796211701749,'aa68852e17ab4e48bd81ff1aac61d926',100,0);
INSERT INTO "metrics" VALUES('time/features_s',1.85841219999997520062e+00,1796211701749,'aa68852e17ab4e48bd81ff1aac61d926',100,0);
INSERT INTO "metrics" VALUES('time/lm_load_s',1.95533026000020981882e-01,1796211701749,'aa68852e17ab4e48bd81ff1aac61d926',100,0);
INSERT INTO "metrics" VALUES('time/train_s',1.52636316010999962601e+02,1796211701749,'aa68852e17ab4e48bd81ff1aac61d926',100,0);
INSERT INTO "metrics" VALUES('time/train_step_s',1.36516458652521799344e+00,1796211701749,'aa68852e17ab4e48bd81ff1aac61d926',100,0);
INSERT INTO "metrics" VALUES('time/eval_s',8.01748830499991527176e+00,1796211701749,'aa68852e17ab4e48bd81ff1aac61d926',100,0);
INSERT INTO "metrics" VALUES('time/eval_example_s',8.01748830499991460563e-02,1796211701749,'aa68852e17ab4e48bd81ff1aac61d926',100,0);
INSERT INTO "metrics" VALUES('time/total_s',1.63238660064999749005e+02,1796211701749,'aa68852e17ab4e48bd81ff1aac61d926',100,0);
INSERT INTO "metrics" VALUES('params/trainable',7107088.0,1796211704328,'9210d09b92f84befbce7116ef9bbffd7',0,0);
INSERT INTO "metrics" VALUES('params/lm',134515008.0,1796211704328,'9210d09b92f84befbce7116ef9bbffd7',0,0);
INSERT INTO "metrics" VALUES('train/loss',2.48178529739379882812e+00,1796211718096,'9210d09b92f84befbce7116ef9bbffd7',10,0);
INSERT INTO "metrics" VALUES('train/lr',0.0003,1796211718096,'9210d09b92f84befbce7116ef9bbffd7',10,0);
INSERT INTO "metrics" VALUES('train/loss',8.03636312484741210937e-01,1796211727554,'009ae9300aeb4895b78e31ca8466eaf3',40,0);
INSERT INTO "metrics" VALUES('train/lr',0.0022525,1796211727554,'009ae9300aeb4895b78e31ca8466eaf3',40,0);
INSERT INTO "metrics" VALUES('train/loss',0.615010678768158,1796211731585,'9210d09b92f84befbce7116ef9bbffd7',20,0);
INSERT INTO "metrics" VALUES('train/lr',2.91255430013956655328e-04,1796211731585,'9210d09b92f84befbce7116ef9bbffd7',20,0);
INSERT INTO "metrics" VALUES('train/loss',9.50206577777862548828e-01,1796211745184,'9210d09b92f84befbce7116ef9bbffd7',30,0);
INSERT INTO "metrics" VALUES('train/lr',2.6607644425225175774e-04,1796211745184,'9210d09b92f84befbce7116ef9bbffd7',30,0);
INSERT INTO "metrics" VALUES('train/loss',7.97050118446350097656e-01,1796211752342,'009ae9300aeb4895b78e31ca8466eaf3',50,0);
INSERT INTO "metrics" VALUES('train/lr',1.76460402561206121212e-03,1796211752342,'009ae9300aeb4895b78e31ca8466eaf3',50,0);
INSERT INTO "metrics" VALUES('train/loss',1.08443272113800048828e+00,1796211758604,'9210d09b92f84befbce7116ef9bbffd7',40,0);
INSERT INTO "metrics" VALUES('train/lr',2.27499999999999973293e-04,1796211758604,'9210d09b92f84befbce7116ef9bbffd7',40,0);
INSERT INTO "metrics" VALUES('train/loss',8.98615658283233642578e-01,1796211771793,'9210d09b92f84befbce7116ef9bbffd7',50,0);
INSERT INTO "metrics" VALUES('train/lr',1.80178985761704897562e-04,1796211771793,'9210d09b92f84befbce7116ef9bbffd7',50,0);
INSERT INTO "metrics" VALUES('train/loss',4.248714447021484375e-01,1796211777030,'009ae9300aeb4895b78e31ca8466eaf3',60,0);
INSERT INTO "metrics" VALUES('train/lr',1.24539597438793931023e-03,1796211777030,'009ae9300aeb4895b78e31ca8466eaf3',60,0);
INSERT INTO "metrics" VALUES('train/loss',4.49767738580703735351e-01,1796211784718,'9210d09b92f84befbce7116ef9bbffd7',60,0);
INSERT INTO "metrics" VALUES('train/lr',1.29821014238295102385e-04,1796211784718,'9210d09b92f84befbce7116ef9bbffd7',60,0);
INSERT INTO "metrics" VALUES('train/loss',8.29306721687316894531e-01,1796211797722,'9210d09b92f84befbce7116ef9bbffd7',70,0);
INSERT INTO "metrics" VALUES('train/lr',8.2500000000000026654e-05,1796211797722,'9210d09b92f84befbce7116ef9bbffd7',70,0);
INSERT INTO "metrics" VALUES('train/loss',6.1386114358901977539e-01,1796211801545,'009ae9300aeb4895b78e31ca8466eaf3',70,0);
INSERT INTO "metrics" VALUES('train/lr',7.57500000000000360544e-04,1796211801545,'009ae9300aeb4895b78e31ca8466eaf3',70,0);
INSERT INTO "metrics" VALUES('train/loss',5.6880384683609008789e-01,1796211810613,'9210d09b92f84befbce7116ef9bbffd7',80,0);
INSERT INTO "metrics" VALUES('train/lr',4.39235557477482e-05,1796211810613,'9210d09b92f84befbce7116ef9bbffd7',80,0);
INSERT INTO "metrics" VALUES('train/loss',7.97270178794860839843e-01,1796211823260,'9210d09b92f84befbce7116ef9bbffd7',90,0);
INSERT INTO "metrics" VALUES('train/lr',1.87445699860432937969e-05,1796211823260,'9210d09b92f84befbce7116ef9bbffd7',90,0);
INSERT INTO "metrics" VALUES('train/loss',4.60209935903549194335e-01,1796211825895,'009ae9300aeb4895b78e31ca8466eaf3',80,0);
INSERT INTO "metrics" VALUES('train/lr',3.59763557537128042009e-04,1796211825895,'009ae9300aeb4895b78e31ca8466eaf3',80,0);
INSERT INTO "metrics" VALUES('train/loss',4.66457396745681762695e-01,1796211836491,'9210d09b92f84befbce7116ef9bbffd7',100,0);
INSERT INTO "metrics" VALUES('train/lr',1.0e-05,1796211836491,'9210d09b92f84befbce7116ef9bbffd7',100,0);
INSERT INTO "metrics" VALUES('train/loss',6.12564325332641601562e-01,1796211849892,'009ae9300aeb4895b78e31ca8466eaf3',90,0);
INSERT INTO "metrics" VALUES('train/lr',1.00159531925067063961e-04,1796211849892,'009ae9300aeb4895b78e31ca8466eaf3',90,0);
INSERT INTO "metrics" VALUES('val/vqa_accuracy',73.5,1796211851969,'9210d09b92f84befbce7116ef9bbffd7',100,0);
INSERT INTO "metrics" VALUES('val/vqa_accuracy_unrounded',73.5,1796211851969,'9210d09b92f84befbce7116ef9bbffd7',100,0);
INSERT INTO "metrics" VALUES('val/vqa_accuracy/yes/no',84.62,1796211851969,'9210d09b92f84befbce7116ef9bbffd7',100,0);
INSERT INTO "metrics" VALUES('val/vqa_accuracy_unrounded/yes/no',8.46153846153846131948e+01,1796211851969,'9210d09b92f84befbce7116ef9bbffd7',100,0);
INSERT INTO "metrics" VALUES('val/vqa_accuracy/question_type/yes/no',84.62,1796211851969,'9210d09b92f84befbce7116ef9bbffd7',100,0);
INSERT INTO "metrics" VALUES('val/vqa_accuracy_unrounded/question_type/yes/no',8.46153846153846131948e+01,1796211851969,'9210d09b92f84befbce7116ef9bbffd7',100,0);
INSERT INTO "metrics" VALUES('val/vqa_accuracy/other',34.09,1796211851969,'9210d09b92f84befbce7116ef9bbffd7',100,0);
INSERT INTO "metrics" VALUES('val/vqa_accuracy_unrounded/other',3.40909090909090934924e+01,1796211851969,'9210d09b92f84befbce7116ef9bbffd7',100,0);
INSERT INTO "metrics" VALUES('val/vqa_accuracy/question_type/color',3.7,1796211851969,'9210d09b92f84befbce7116ef9bbffd7',100,0);
INSERT INTO "metrics" VALUES('val/vqa_accuracy_unrounded/question_type/color',3.70370370370370372015e+00,1796211851969,'9210d09b92f84befbce7116ef9bbffd7',100,0);
INSERT INTO "metrics" VALUES('val/vqa_accuracy/question_type/shape',82.35,1796211851969,'9210d09b92f84befbce7116ef9bbffd7',100,0);
INSERT INTO "metrics" VALUES('val/vqa_accuracy_unrounded/question_type/shape',82.3529411764706,1796211851969,'9210d09b92f84befbce7116ef9bbffd7',100,0);
INSERT INTO "metrics" VALUES('test/vqa_accuracy',73.0,1796211859733,'9210d09b92f84befbce7116ef9bbffd7',100,0);
INSERT INTO "metrics" VALUES('test/vqa_accuracy_unrounded',73.0,1796211859733,'9210d09b92f84befbce7116ef9bbffd7',100,0);
INSERT INTO "metrics" VALUES('test/vqa_accuracy/other',37.04,1796211859733,'9210d09b92f84befbce7116ef9bbffd7',100,0);
INSERT INTO "metrics" VALUES('test/vqa_accuracy_unrounded/other',3.70370370370370380905e+01,1796211859733,'9210d09b92f84befbce7116ef9bbffd7',100,0);
INSERT INTO "metrics" VALUES('test/vqa_accuracy/question_type/color',11.76,1796211859733,'9210d09b92f84befbce7116ef9bbffd7',100,0);
INSERT INTO "metrics" VALUES('test/vqa_accuracy_unrounded/question_type/color',1.17647058823529420128e+01,1796211859733,'9210d09b92f84befbce7116ef9bbffd7',100,0);
INSERT INTO "metrics" VALUES('test/vqa_accuracy/yes/no',86.3,1796211859733,'9210d09b92f84befbce7116ef9bbffd7',100,0);
INSERT INTO "metrics" VALUES('test/vqa_accuracy_unrounded/yes/no',86.3013698630137,1796211859733,'9210d09b92f84befbce7116ef9bbffd7',100,0);
INSERT INTO "metrics" VALUES('test/vqa_accuracy/question_type/yes/no',86.3,1796211859733,'9210d09b92f84befbce7116ef9bbffd7',100,0);
INSERT INTO "metrics" VALUES('test/vqa_accuracy_unrounded/question_type/yes/no',86.3013698630137,1796211859733,'9210d09b92f84befbce7116ef9bbffd7',100,0);
INSERT INTO "metrics" VALUES('test/vqa_accuracy/question_type/shape',80.0,1796211859733,'9210d09b92f84befbce7116ef9bbffd7',100,0);
INSERT INTO "metrics" VALUES('test/vqa_accuracy_unrounded/question_type/shape',80.0,1796211859733,'9210d09b92f84befbce7116ef9bbffd7',100,0);
INSERT INTO "metrics" VALUES('time/features_s',1.18975041300018347101e+00,1796211859733,'9210d09b92f84befbce7116ef9bbffd7',100,0);
INSERT INTO "metrics" VALUES('time/lm_load_s',1.65986246999636932741e-01,1796211859733,'9210d09b92f84befbce7116ef9bbffd7',100,0);
INSERT INTO "metrics" VALUES('time/train_s',1.47649329714000032255e+02,1796211859733,'9210d09b92f84befbce7116ef9bbffd7',100,0);
INSERT INTO "metrics" VALUES('time/train_step_s',1.31820850691919888575e+00,1796211859733,'9210d09b92f84befbce7116ef9bbffd7',100,0);
INSERT INTO "metrics" VALUES('time/eval_s',7.71077763500034052412e+00,1796211859733,'9210d09b92f84befbce7116ef9bbffd7',100,0);
INSERT INTO "metrics" VALUES('time/eval_example_s',0.0771077763500034,1796211859733,'9210d09b92f84befbce7116ef9bbffd7',100,0);
INSERT INTO "metrics" VALUES('time/total_s',1.57651697614000113395e+02,1796211859733,'9210d09b92f84befbce7116ef9bbffd7',100,0);
INSERT INTO "metrics" VALUES('best_value',73.5,1796211859841,'baafa2031c4c42a3ae92ff8ecd362281',0,0);
INSERT INTO "metrics" VALUES('trials',3.0,1796211859844,'baafa2031c4c42a3ae92ff8ecd362281',0,0);
INSERT INTO "metrics" VALUES('params/trainable',11520.0,1796211862527,'945d072f7e5349988202f5fad632344d',0,0);
INSERT INTO "metrics" VALUES('params/lm',134515008.0,1796211862527,'945d072f7e5349988202f5fad632344d',0,0);
INSERT INTO "metrics" VALUES('train/loss',4.10228103399276733398e-01,1796211874611,'009ae9300aeb4895b78e31ca8466eaf3',100,0);
INSERT INTO "metrics" VALUES('train/lr',1.0e-05,1796211874611,'009ae9300aeb4895b78e31ca8466eaf3',100,0);
INSERT INTO "metrics" VALUES('train/loss',2.34178018569946289062e+00,1796211896499,'945d072f7e5349988202f5fad632344d',10,0);
INSERT INTO "metrics" VALUES('train/lr',0.003,1796211896499,'945d072f7e5349988202f5fad632344d',10,0);
INSERT INTO "metrics" VALUES('val/vqa_accuracy',67.0,1796211906617,'009ae9300aeb4895b78e31ca8466eaf3',100,0);
INSERT INTO "metrics" VALUES('val/vqa_accuracy_unrounded',67.0,1796211906617,'009ae9300aeb4895b78e31ca8466eaf3',100,0);
INSERT INTO "metrics" VALUES('val/vqa_accuracy/yes/no',73.72,1796211906617,'009ae9300aeb4895b78e31ca8466eaf3',100,0);
INSERT INTO "metrics" VALUES('val/vqa_accuracy_unrounded/yes/no',7.37179487179487153997e+01,1796211906617,'009ae9300aeb4895b78e31ca8466eaf3',100,0);
INSERT INTO "metrics" VALUES('val/vqa_accuracy/question_type/yes/no',73.72,1796211906617,'009ae9300aeb4895b78e31ca8466eaf3',100,0);
INSERT INTO "metrics" VALUES('val/vqa_accuracy_unrounded/question_type/yes/no',7.37179487179487153997e+01,1796211906617,'009ae9300aeb4895b78e31ca8466eaf3',100,0);
INSERT INTO "metrics" VALUES('val/vqa_accuracy/other',43.18,1796211906617,'009ae9300aeb4895b78e31ca8466eaf3',100,0);
INSERT INTO "metrics" VALUES('val/vqa_accuracy_unrounded/other',4.31818181818181798812e+01,1796211906617,'009ae9300aeb4895b78e31ca8466eaf3',100,0);
INSERT INTO "metrics" VALUES('val/vqa_accuracy/question_type/color',7.41,1796211906617,'009ae9300aeb4895b78e31ca8466eaf3',100,0);
INSERT INTO "metrics" VALUES('val/vqa_accuracy_unrounded/question_type/color',7.4074074074074074403e+00,1796211906617,'009ae9300aeb4895b78e31ca8466eaf3',100,0);
INSERT INTO "metrics" VALUES('val/vqa_accuracy/question_type/shape',100.0,1796211906617,'009ae9300aeb4895b78e31ca8466eaf3',100,0);
INSERT INTO "metrics" VALUES('val/vqa_accuracy_unrounded/question_type/shape',100.0,1796211906617,'009ae9300aeb4895b78e31ca8466eaf3',100,0);
INSERT INTO "metrics" VALUES('test/vqa_accuracy',72.0,1796211923069,'009ae9300aeb4895b78e31ca8466eaf3',100,0);
INSERT INTO "metrics" VALUES('test/vqa_accuracy_unrounded',72.0,1796211923069,'009ae9300aeb4895b78e31ca8466eaf3',100,0);
INSERT INTO "metrics" VALUES('test/vqa_accuracy/other',44.44,1796211923069,'009ae9300aeb4895b78e31ca8466eaf3',100,0);
INSERT INTO "metrics" VALUES('test/vqa_accuracy_unrounded/other',4.44444444444444428663e+01,1796211923069,'009ae9300aeb4895b78e31ca8466eaf3',100,0);
INSERT INTO "metrics" VALUES('test/vqa_accuracy/question_type/color',17.65,1796211923069,'009ae9300aeb4895b78e31ca8466eaf3',100,0);
INSERT INTO "metrics" VALUES('test/vqa_accuracy_unrounded/question_type/color',1.76470588235294130181e+01,1796211923069,'009ae9300aeb4895b78e31ca8466eaf3',100,0);
INSERT INTO "metrics" VALUES('test/vqa_accuracy/yes/no',82.19,1796211923069,'009ae9300aeb4895b78e31ca8466eaf3',100,0);
INSERT INTO "metrics" VALUES('test/vqa_accuracy_unrounded/yes/no',82.1917808219178,1796211923069,'009ae9300aeb4895b78e31ca8466eaf3',100,0);
INSERT INTO "metrics" VALUES('test/vqa_accuracy/question_type/yes/no',82.19,1796211923069,'009ae9300aeb4895b78e31ca8466eaf3',100,0);
INSERT INTO "metrics" VALUES('test/vqa_accuracy_unrounded/question_type/yes/no',82.1917808219178,1796211923069,'009ae9300aeb4895b78e31ca8466eaf3',100,0);
INSERT INTO "metrics" VALUES('test/vqa_accuracy/question_type/shape',90.0,1796211923069,'009ae9300aeb4895b78e31ca8466eaf3',100,0);
INSERT INTO "metrics" VALUES('test/vqa_accuracy_unrounded/question_type/shape',90.0,1796211923069,'009ae9300aeb4895b78e31ca8466eaf3',100,0);
INSERT INTO "metrics" VALUES('time/features_s',1.78595700399955603643e+00,1796211923069,'009ae9300aeb4895b78e31ca8466eaf3',100,0);
INSERT INTO "metrics" VALUES('time/lm_load_s',1.91385809999701450578e-01,1796211923069,'009ae9300aeb4895b78e31ca8466eaf3',100,0);
INSERT INTO "metrics" VALUES('time/train_s',2.80218368910999743098e+02,1796211923069,'009ae9300aeb4895b78e31ca8466eaf3',100,0);
INSERT INTO "metrics" VALUES('time/train_step_s',2.47950792325251656578e+00,1796211923069,'009ae9300aeb4895b78e31ca8466eaf3',100,0);
INSERT INTO "metrics" VALUES('time/eval_s',1.64220496169996295061e+01,1796211923069,'009ae9300aeb4895b78e31ca8466eaf3',100,0);
INSERT INTO "metrics" VALUES('time/eval_example_s',1.64220496169996288404e-01,1796211923069,'009ae9300aeb4895b78e31ca8466eaf3',100,0);
INSERT INTO "metrics" VALUES('time/total_s',2.99035945778999575853e+02,1796211923069,'009ae9300aeb4895b78e31ca8466eaf3',100,0);
INSERT INTO "metrics" VALUES('params/trainable',1070208.0,1796211926139,'c43347dc083141b78a6d0081e24bce32',0,0);
INSERT INTO "metrics" VALUES('params/lm',134515008.0,1796211926139,'c43347dc083141b78a6d0081e24bce32',0,0);
INSERT INTO "metrics" VALUES('train/loss',7.18995809555053710937e-01,1796211929674,'945d072f7e5349988202f5fad632344d',20,0);
INSERT INTO "metrics" VALUES('train/lr',2.90984046807493288919e-03,1796211929674,'945d072f7e5349988202f5fad632344d',20,0);
INSERT INTO "metrics" VALUES('train/loss',1.54690968990325927734e+00,1796211952854,'c43347dc083141b78a6d0081e24bce32',10,0);
INSERT INTO "metrics" VALUES('train/lr',0.001,1796211952854,'c43347dc083141b78a6d0081e24bce32',10,0);
INSERT INTO "metrics" VALUES('train/loss',9.8405939340591430664e-01,1796211963299,'945d072f7e5349988202f5fad632344d',30,0);
INSERT INTO "metrics" VALUES('train/lr',2.65023644246287215509e-03,1796211963299,'945d072f7e5349988202f5fad632344d',30,0);
INSERT INTO "metrics" VALUES('train/loss',5.52763760089874267578e-01,1796211976498,'c43347dc083141b78a6d0081e24bce32',20,0);
INSERT INTO "metrics" VALUES('train/lr',9.70147847289024728434e-04,1796211976498,'c43347dc083141b78a6d0081e24bce32',20,0);
INSERT INTO "metrics" VALUES('train/loss',9.85826075077056884765e-01,1796211994769,'945d072f7e5349988202f5fad632344d',40,0);
INSERT INTO "metrics" VALUES('train/lr',0.0022525,1796211994769,'945d072f7e5349988202f5fad632344d',40,0);
INSERT INTO "metrics" VALUES('train/loss',1.12849771976470947265e+00,1796212000435,'c43347dc083141b78a6d0081e24bce32',30,0);
INSERT INTO "metrics" VALUES('train/lr',8.84191999343894086994e-04,1796212000435,'c43347dc083141b78a6d0081e24bce32',30,0);
INSERT INTO "metrics" VALUES('train/loss',1.09190917015075683593e+00,1796212024108,'c43347dc083141b78a6d0081e24bce32',40,0);
INSERT INTO "metrics" VALUES('train/lr',7.52499999999999913749e-04,1796212024108,'c43347dc083141b78a6d0081e24bce32',40,0);
INSERT INTO "metrics" VALUES('train/loss',8.1370449066162109375e-01,1796212025471,'945d072f7e5349988202f5fad632344d',50,0);
INSERT INTO "metrics" VALUES('train/lr',1.76460402561206121212e-03,1796212025471,'945d072f7e5349988202f5fad632344d',50,0);
INSERT INTO "metrics" VALUES('train/loss',9.27048563957214355468e-01,1796212048355,'c43347dc083141b78a6d0081e24bce32',50,0);
INSERT INTO "metrics" VALUES('train/lr',5.90955847945130556542e-04,1796212048355,'c43347dc083141b78a6d0081e24bce32',50,0);
INSERT INTO "metrics" VALUES('train/loss',4.140300750732421875e-01,1796212058363,'945d072f7e5349988202f5fad632344d',60,0);
INSERT INTO "metrics" VALUES('train/lr',1.24539597438793931023e-03,1796212058363,'945d072f7e5349988202f5fad632344d',60,0);
INSERT INTO "metrics" VALUES('train/loss',6.98910415172576904296e-01,1796212075040,'c43347dc083141b78a6d0081e24bce32',60,0);
INSERT INTO "metrics" VALUES('train/lr',4.19044152054869490503e-04,1796212075040,'c43347dc083141b78a6d0081e24bce32',60,0);
INSERT INTO "metrics" VALUES('train/loss',9.22599971294403076171e-01,1796212092429,'945d072f7e5349988202f5fad632344d',70,0);
INSERT INTO "metrics" VALUES('train/lr',7.57500000000000360544e-04,1796212092429,'945d072f7e5349988202f5fad632344d',70,0);
INSERT INTO "metrics" VALUES('train/loss',0.891808807849884,1796212101652,'c43347dc083141b78a6d0081e24bce32',70,0);
INSERT INTO "metrics" VALUES('train/lr',2.57500000000000133296e-04,1796212101652,'c43347dc083141b78a6d0081e24bce32',70,0);
INSERT INTO "metrics" VALUES('train/loss',4.99224811792373657226e-01,1796212126103,'945d072f7e5349988202f5fad632344d',80,0);
INSERT INTO "metrics" VALUES('train/lr',3.59763557537128042009e-04,1796212126103,'945d072f7e5349988202f5fad632344d',80,0);
INSERT INTO "metrics" VALUES('train/loss',5.75339496135711669921e-01,1796212127497,'c43347dc083141b78a6d0081e24bce32',80,0);
INSERT INTO "metrics" VALUES('train/lr',1.2580800065610596005e-04,1796212127497,'c43347dc083141b78a6d0081e24bce32',80,0);
INSERT INTO "metrics" VALUES('train/loss',9.15817439556121826171e-01,1796212152110,'c43347dc083141b78a6d0081e24bce32',90,0);
INSERT INTO "metrics" VALUES('train/lr',3.98521527109753863739e-05,1796212152110,'c43347dc083141b78a6d0081e24bce32',90,0);
INSERT INTO "metrics" VALUES('train/loss',7.06054508686065673828e-01,1796212157590,'945d072f7e5349988202f5fad632344d',90,0);
INSERT INTO "metrics" VALUES('train/lr',1.00159531925067063961e-04,1796212157590,'945d072f7e5349988202f5fad632344d',90,0);
INSERT INTO "metrics" VALUES('train/loss',3.78321856260299682617e-01,1796212178807,'c43347dc083141b78a6d0081e24bce32',100,0);
INSERT INTO "metrics" VALUES('train/lr',1.0e-05,1796212178807,'c43347dc083141b78a6d0081e24bce32',100,0);
INSERT INTO "metrics" VALUES('train/loss',4.63043510913848876953e-01,1796212190548,'945d072f7e5349988202f5fad632344d',100,0);
INSERT INTO "metrics" VALUES('train/lr',1.0e-05,1796212190548,'945d072f7e5349988202f5fad632344d',100,0);
INSERT INTO "metrics" VALUES('val/vqa_accuracy',70.0,1796212209699,'c43347dc083141b78a6d0081e24bce32',100,0);
INSERT INTO "metrics" VALUES('val/vqa_accuracy_unrounded',70.0,1796212209699,'c43347dc083141b78a6d0081e24bce32',100,0);
INSERT INTO "metrics" VALUES('val/vqa_accuracy/yes/no',79.49,1796212209699,'c43347dc083141b78a6d0081e24bce32',100,0);
INSERT INTO "metrics" VALUES('val/vqa_accuracy_unrounded/yes/no',7.94871794871794890013e+01,1796212209699,'c43347dc083141b78a6d0081e24bce32',100,0);
INSERT INTO "metrics" VALUES('val/vqa_accuracy/question_type/yes/no',79.49,1796212209699,'c43347dc083141b78a6d0081e24bce32',100,0);
INSERT INTO "metrics" VALUES('val/vqa_accuracy_unrounded/question_type/yes/no',7.94871794871794890013e+01,1796212209699,'c43347dc083141b78a6d0081e24bce32',100,0);
INSERT INTO "metrics" VALUES('val/vqa_accuracy/other',36.36,1796212209699,'c43347dc083141b78a6d0081e24bce32',100,0);
INSERT INTO "metrics" VALUES('val/vqa_accuracy_unrounded/other',3.63636363636363668661e+01,1796212209699,'c43347dc083141b78a6d0081e24bce32',100,0);
INSERT INTO "metrics" VALUES('val/vqa_accuracy/question_type/color',3.7,1796212209699,'c43347dc083141b78a6d0081e24bce32',100,0);
INSERT INTO "metrics" VALUES('val/vqa_accuracy_unrounded/question_type/color',3.70370370370370372015e+00,1796212209699,'c43347dc083141b78a6d0081e24bce32',100,0);
INSERT INTO "metrics" VALUES('val/vqa_accuracy/question_type/shape',88.24,1796212209699,'c43347dc083141b78a6d0081e24bce32',100,0);
INSERT INTO "metrics" VALUES('val/vqa_accuracy_unrounded/question_type/shape',8.82352941176470579893e+01,1796212209699,'c43347dc083141b78a6d0081e24bce32',100,0);
INSERT INTO "metrics" VALUES('test/vqa_accuracy',73.0,1796212225402,'c43347dc083141b78a6d0081e24bce32',100,0);
INSERT INTO "metrics" VALUES('test/vqa_accuracy_unrounded',73.0,1796212225402,'c43347dc083141b78a6d0081e24bce32',100,0);
INSERT INTO "metrics" VALUES('test/vqa_accuracy/other',44.44,1796212225402,'c43347dc083141b78a6d0081e24bce32',100,0);
INSERT INTO "metrics" VALUES('test/vqa_accuracy_unrounded/other',4.44444444444444428663e+01,1796212225402,'c43347dc083141b78a6d0081e24bce32',100,0);
INSERT INTO "metrics" VALUES('test/vqa_accuracy/question_type/color',17.65,1796212225402,'c43347dc083141b78a6d0081e24bce32',100,0);
INSERT INTO "metrics" VALUES('test/vqa_accuracy_unrounded/question_type/color',1.76470588235294130181e+01,1796212225402,'c43347dc083141b78a6d0081e24bce32',100,0);
INSERT INTO "metrics" VALUES('test/vqa_accuracy/yes/no',83.56,1796212225402,'c43347dc083141b78a6d0081e24bce32',100,0);
INSERT INTO "metrics" VALUES('test/vqa_accuracy_unrounded/yes/no',8.35616438356164366058e+01,1796212225402,'c43347dc083141b78a6d0081e24bce32',100,0);
INSERT INTO "metrics" VALUES('test/vqa_accuracy/question_type/yes/no',83.56,1796212225402,'c43347dc083141b78a6d0081e24bce32',100,0);
INSERT INTO "metrics" VALUES('test/vqa_accuracy_unrounded/question_type/yes/no',8.35616438356164366058e+01,1796212225402,'c43347dc083141b78a6d0081e24bce32',100,0);
INSERT INTO "metrics" VALUES('test/vqa_accuracy/question_type/shape',90.0,1796212225402,'c43347dc083141b78a6d0081e24bce32',100,0);
INSERT INTO "metrics" VALUES('test/vqa_accuracy_unrounded/question_type/shape',90.0,1796212225402,'c43347dc083141b78a6d0081e24bce32',100,0);
INSERT INTO "metrics" VALUES('time/features_s',1.57176081800025713164e+00,1796212225402,'c43347dc083141b78a6d0081e24bce32',100,0);
INSERT INTO "metrics" VALUES('time/lm_load_s',6.97364351000032911542e-01,1796212225402,'c43347dc083141b78a6d0081e24bce32',100,0);
INSERT INTO "metrics" VALUES('time/train_s',2.83567386115999852339e+02,1796212225402,'c43347dc083141b78a6d0081e24bce32',100,0);
INSERT INTO "metrics" VALUES('time/train_step_s',2.52155403969697,1796212225402,'c43347dc083141b78a6d0081e24bce32',100,0);
INSERT INTO "metrics" VALUES('time/eval_s',1.56784256089999871619e+01,1796212225402,'c43347dc083141b78a6d0081e24bce32',100,0);
INSERT INTO "metrics" VALUES('time/eval_example_s',1.56784256089999879391e-01,1796212225402,'c43347dc083141b78a6d0081e24bce32',100,0);
INSERT INTO "metrics" VALUES('time/total_s',3.02005893194000236685e+02,1796212225402,'c43347dc083141b78a6d0081e24bce32',100,0);
INSERT INTO "metrics" VALUES('params/trainable',1070208.0,1796212228683,'bd0b44840ec046edbc0e15d610620466',0,0);
INSERT INTO "metrics" VALUES('params/lm',134515008.0,1796212228683,'bd0b44840ec046edbc0e15d610620466',0,0);
INSERT INTO "metrics" VALUES('val/vqa_accuracy',65.0,1796212232102,'945d072f7e5349988202f5fad632344d',100,0);
INSERT INTO "metrics" VALUES('val/vqa_accuracy_unrounded',65.0,1796212232102,'945d072f7e5349988202f5fad632344d',100,0);
INSERT INTO "metrics" VALUES('val/vqa_accuracy/yes/no',80.77,1796212232102,'945d072f7e5349988202f5fad632344d',100,0);
INSERT INTO "metrics" VALUES('val/vqa_accuracy_unrounded/yes/no',8.07692307692307736016e+01,1796212232102,'945d072f7e5349988202f5fad632344d',100,0);
INSERT INTO "metrics" VALUES('val/vqa_accuracy/question_type/yes/no',80.77,1796212232102,'945d072f7e5349988202f5fad632344d',100,0);
INSERT INTO "metrics" VALUES('val/vqa_accuracy_unrounded/question_type/yes/no',8.07692307692307736016e+01,1796212232102,'945d072f7e5349988202f5fad632344d',100,0);
INSERT INTO "metrics" VALUES('val/vqa_accuracy/other',9.09,1796212232102,'945d072f7e5349988202f5fad632344d',100,0);
INSERT INTO "metrics" VALUES('val/vqa_accuracy_unrounded/other',9.09090909090909171652e+00,1796212232102,'945d072f7e5349988202f5fad632344d',100,0);
INSERT INTO "metrics" VALUES('val/vqa_accuracy/question_type/color',3.7,1796212232102,'945d072f7e5349988202f5fad632344d',100,0);
INSERT INTO "metrics" VALUES('val/vqa_accuracy_unrounded/question_type/color',3.70370370370370372015e+00,1796212232102,'945d072f7e5349988202f5fad632344d',100,0);
INSERT INTO "metrics" VALUES('val/vqa_accuracy/question_type/shape',17.65,1796212232102,'945d072f7e5349988202f5fad632344d',100,0);
INSERT INTO "metrics" VALUES('val/vqa_accuracy_unrounded/question_type/shape',1.76470588235294130181e+01,1796212232102,'945d072f7e5349988202f5fad632344d',100,0);
INSERT INTO "metrics" VALUES('test/vqa_accuracy',62.0,1796212253149,'945d072f7e5349988202f5fad632344d',100,0);
INSERT INTO "metrics" VALUES('test/vqa_accuracy_unrounded',62.0,1796212253149,'945d072f7e5349988202f5fad632344d',100,0);
INSERT INTO "metrics" VALUES('test/vqa_accuracy/other',11.11,1796212253149,'945d072f7e5349988202f5fad632344d',100,0);
INSERT INTO "metrics" VALUES('test/vqa_accuracy_unrounded/other',1.11111111111111107165e+01,1796212253149,'945d072f7e5349988202f5fad632344d',100,0);
INSERT INTO "metrics" VALUES('test/vqa_accuracy/question_type/color',11.76,1796212253149,'945d072f7e5349988202f5fad632344d',100,0);
INSERT INTO "metrics" VALUES('test/vqa_accuracy_unrounded/question_type/color',1.17647058823529420128e+01,1796212253149,'945d072f7e5349988202f5fad632344d',100,0);
INSERT INTO "metrics" VALUES('test/vqa_accuracy/yes/no',80.82,1796212253149,'945d072f7e5349988202f5fad632344d',100,0);
INSERT INTO "metrics" VALUES('test/vqa_accuracy_unrounded/yes/no',8.08219178082191831453e+01,1796212253149,'945d072f7e5349988202f5fad632344d',100,0);
INSERT INTO "metrics" VALUES('test/vqa_accuracy/question_type/yes/no',80.82,1796212253149,'945d072f7e5349988202f5fad632344d',100,0);
INSERT INTO "metrics" VALUES('test/vqa_accuracy_unrounded/question_type/yes/no',8.08219178082191831453e+01,1796212253149,'945d072f7e5349988202f5fad632344d',100,0);
INSERT INTO "metrics" VALUES('test/vqa_accuracy/question_type/shape',10.0,1796212253149,'945d072f7e5349988202f5fad632344d',100,0);
INSERT INTO "metrics" VALUES('test/vqa_accuracy_unrounded/question_type/shape',10.0,1796212253149,'945d072f7e5349988202f5fad632344d',100,0);
INSERT INTO "metrics" VALUES('time/features_s',1.25957683500018902122e+00,1796212253149,'945d072f7e5349988202f5fad632344d',100,0);
INSERT INTO "metrics" VALUES('time/lm_load_s',1.68093279999993683304e-01,1796212253149,'945d072f7e5349988202f5fad632344d',100,0);
INSERT INTO "metrics" VALUES('time/train_s',3.69588263319999896336e+02,1796212253149,'945d072f7e5349988202f5fad632344d',100,0);
INSERT INTO "metrics" VALUES('time/train_step_s',3.27323321314144,1796212253149,'945d072f7e5349988202f5fad632344d',100,0);
INSERT INTO "metrics" VALUES('time/eval_s',2.10189619370003129002e+01,1796212253149,'945d072f7e5349988202f5fad632344d',100,0);
INSERT INTO "metrics" VALUES('time/eval_example_s',2.10189619370003133447e-01,1796212253149,'945d072f7e5349988202f5fad632344d',100,0);
INSERT INTO "metrics" VALUES('time/total_s',3.93023802415000318433e+02,1796212253149,'945d072f7e5349988202f5fad632344d',100,0);
INSERT INTO "metrics" VALUES('train/loss',2.3401584625244140625e+00,1796212254194,'bd0b44840ec046edbc0e15d610620466',10,0);
INSERT INTO "metrics" VALUES('train/lr',0.0003,1796212254194,'bd0b44840ec046edbc0e15d610620466',10,0);
INSERT INTO "metrics" VALUES('params/trainable',11520.0,1796212255936,'6b4a8667fe3c45a4b25417272c596b35',0,0);
INSERT INTO "metrics" VALUES('params/lm',134515008.0,1796212255936,'6b4a8667fe3c45a4b25417272c596b35',0,0);
INSERT INTO "metrics" VALUES('train/loss',9.04880881309509277343e-01,1796212278291,'bd0b44840ec046edbc0e15d610620466',20,0);
INSERT INTO "metrics" VALUES('train/lr',2.91255430013956655328e-04,1796212278291,'bd0b44840ec046edbc0e15d610620466',20,0);
INSERT INTO "metrics" VALUES('train/loss',3.81032514572143554687e+00,1796212288710,'6b4a8667fe3c45a4b25417272c596b35',10,0);
INSERT INTO "metrics" VALUES('train/lr',0.001,1796212288710,'6b4a8667fe3c45a4b25417272c596b35',10,0);
INSERT INTO "metrics" VALUES('train/loss',1.41115689277648925781e+00,1796212303934,'bd0b44840ec046edbc0e15d610620466',30,0);
INSERT INTO "metrics" VALUES('train/lr',2.6607644425225175774e-04,1796212303934,'bd0b44840ec046edbc0e15d610620466',30,0);
INSERT INTO "metrics" VALUES('train/loss',1.94200992584228515625e+00,1796212324096,'6b4a8667fe3c45a4b25417272c596b35',20,0);
INSERT INTO "metrics" VALUES('train/lr',9.70147847289024728434e-04,1796212324096,'6b4a8667fe3c45a4b25417272c596b35',20,0);
INSERT INTO "metrics" VALUES('train/loss',1.20058178901672363281e+00,1796212331193,'bd0b44840ec046edbc0e15d610620466',40,0);
INSERT INTO "metrics" VALUES('train/lr',2.27499999999999973293e-04,1796212331193,'bd0b44840ec046edbc0e15d610620466',40,0);
INSERT INTO "metrics" VALUES('train/loss',1.1196689605712890625e+00,1796212356016,'bd0b44840ec046edbc0e15d610620466',50,0);
INSERT INTO "metrics" VALUES('train/lr',1.80178985761704897562e-04,1796212356016,'bd0b44840ec046edbc0e15d610620466',50,0);
INSERT INTO "metrics" VALUES('train/loss',1.91215717792510986328e+00,1796212357027,'6b4a8667fe3c45a4b25417272c596b35',30,0);
INSERT INTO "metrics" VALUES('train/lr',8.84191999343894086994e-04,1796212357027,'6b4a8667fe3c45a4b25417272c596b35',30,0);
INSERT INTO "metrics" VALUES('train/loss',6.50730729103088378906e-01,1796212379331,'bd0b44840ec046edbc0e15d610620466',60,0);
INSERT INTO "metrics" VALUES('train/lr',1.29821014238295102385e-04,1796212379331,'bd0b44840ec046edbc0e15d610620466',60,0);
INSERT INTO "metrics" VALUES('train/loss',1.38896644115448,1796212388928,'6b4a8667fe3c45a4b25417272c596b35',40,0);
INSERT INTO "metrics" VALUES('train/lr',7.52499999999999913749e-04,1796212388928,'6b4a8667fe3c45a4b25417272c596b35',40,0);
INSERT INTO "metrics" VALUES('train/loss',1.2562122344970703125e+00,1796212404965,'bd0b44840ec046edbc0e15d610620466',70,0);
INSERT INTO "metrics" VALUES('train/lr',8.2500000000000026654e-05,1796212404965,'bd0b44840ec046edbc0e15d610620466',70,0);
INSERT INTO "metrics" VALUES('train/loss',1.27837085723876953125e+00,1796212421752,'6b4a8667fe3c45a4b25417272c596b35',50,0);
INSERT INTO "metrics" VALUES('train/lr',5.90955847945130556542e-04,1796212421752,'6b4a8667fe3c45a4b25417272c596b35',50,0);
INSERT INTO "metrics" VALUES('train/loss',7.86542356014251708984e-01,1796212429272,'bd0b44840ec046edbc0e15d610620466',80,0);
INSERT INTO "metrics" VALUES('train/lr',4.39235557477482e-05,1796212429272,'bd0b44840ec046edbc0e15d610620466',80,0);
INSERT INTO "metrics" VALUES('train/loss',0.909138023853302,1796212452111,'6b4a8667fe3c45a4b25417272c596b35',60,0);
INSERT INTO "metrics" VALUES('train/lr',4.19044152054869490503e-04,1796212452111,'6b4a8667fe3c45a4b25417272c596b35',60,0);
INSERT INTO "metrics" VALUES('train/loss',1.03717720508575439453e+00,1796212452755,'bd0b44840ec046edbc0e15d610620466',90,0);
INSERT INTO "metrics" VALUES('train/lr',1.87445699860432937969e-05,1796212452755,'bd0b44840ec046edbc0e15d610620466',90,0);
INSERT INTO "metrics" VALUES('train/loss',6.95479869842529296875e-01,1796212477781,'bd0b44840ec046edbc0e15d610620466',100,0);
INSERT INTO "metrics" VALUES('train/lr',1.0e-05,1796212477781,'bd0b44840ec046edbc0e15d610620466',100,0);
INSERT INTO "metrics" VALUES('train/loss',1.53611898422241210937e+00,1796212482834,'6b4a8667fe3c45a4b25417272c596b35',70,0);
INSERT INTO "metrics" VALUES('train/lr',2.57500000000000133296e-04,1796212482834,'6b4a8667fe3c45a4b25417272c596b35',70,0);
INSERT INTO "metrics" VALUES('val/vqa_accuracy',47.5,1796212508720,'bd0b44840ec046edbc0e15d610620466',100,0);
INSERT INTO "metrics" VALUES('val/vqa_accuracy_unrounded',47.5,1796212508720,'bd0b44840ec046edbc0e15d610620466',100,0);
INSERT INTO "metrics" VALUES('val/vqa_accuracy/yes/no',53.21,1796212508720,'bd0b44840ec046edbc0e15d610620466',100,0);
INSERT INTO "metrics" VALUES('val/vqa_accuracy_unrounded/yes/no',5.32051282051282044011e+01,1796212508720,'bd0b44840ec046edbc0e15d610620466',100,0);
INSERT INTO "metrics" VALUES('val/vqa_accuracy/question_type/yes/no',53.21,1796212508720,'bd0b44840ec046edbc0e15d610620466',100,0);
INSERT INTO "metrics" VALUES('val/vqa_accuracy_unrounded/question_type/yes/no',5.32051282051282044011e+01,1796212508720,'bd0b44840ec046edbc0e15d610620466',100,0);
INSERT INTO "metrics" VALUES('val/vqa_accuracy/other',27.27,1796212508720,'bd0b44840ec046edbc0e15d610620466',100,0);
INSERT INTO "metrics" VALUES('val/vqa_accuracy_unrounded/other',2.72727272727272733736e+01,1796212508720,'bd0b44840ec046edbc0e15d610620466',100,0);
INSERT INTO "metrics" VALUES('val/vqa_accuracy/question_type/color',3.7,1796212508720,'bd0b44840ec046edbc0e15d610620466',100,0);
INSERT INTO "metrics" VALUES('val/vqa_accuracy_unrounded/question_type/color',3.70370370370370372015e+00,1796212508720,'bd0b44840ec046edbc0e15d610620466',100,0);
INSERT INTO "metrics" VALUES('val/vqa_accuracy/question_type/shape',64.71,1796212508720,'bd0b44840ec046edbc0e15d610620466',100,0);
INSERT INTO "metrics" VALUES('val/vqa_accuracy_unrounded/question_type/shape',6.47058823529411739636e+01,1796212508720,'bd0b44840ec046edbc0e15d610620466',100,0);
INSERT INTO "metrics" VALUES('train/loss',7.15101838111877441406e-01,1796212513276,'6b4a8667fe3c45a4b25417272c596b35',80,0);
INSERT INTO "metrics" VALUES('train/lr',1.2580800065610596005e-04,1796212513276,'6b4a8667fe3c45a4b25417272c596b35',80,0);
INSERT INTO "metrics" VALUES('test/vqa_accuracy',46.0,1796212524865,'bd0b44840ec046edbc0e15d610620466',100,0);
INSERT INTO "metrics" VALUES('test/vqa_accuracy_unrounded',46.0,1796212524865,'bd0b44840ec046edbc0e15d610620466',100,0);
INSERT INTO "metrics" VALUES('test/vqa_accuracy/other',33.33,1796212524865,'bd0b44840ec046edbc0e15d610620466',100,0);
INSERT INTO "metrics" VALUES('test/vqa_accuracy_unrounded/other',3.33333333333333357026e+01,1796212524865,'bd0b44840ec046edbc0e15d610620466',100,0);
INSERT INTO "metrics" VALUES('test/vqa_accuracy/question_type/color',17.65,1796212524865,'bd0b44840ec046edbc0e15d610620466',100,0);
INSERT INTO "metrics" VALUES('test/vqa_accuracy_unrounded/question_type/color',1.76470588235294130181e+01,1796212524865,'bd0b44840ec046edbc0e15d610620466',100,0);
INSERT INTO "metrics" VALUES('test/vqa_accuracy/yes/no',50.68,1796212524865,'bd0b44840ec046edbc0e15d610620466',100,0);
INSERT INTO "metrics" VALUES('test/vqa_accuracy_unrounded/yes/no',5.06849315068493169169e+01,1796212524865,'bd0b44840ec046edbc0e15d610620466',100,0);
INSERT INTO "metrics" VALUES('test/vqa_accuracy/question_type/yes/no',50.68,1796212524865,'bd0b44840ec046edbc0e15d610620466',100,0);
INSERT INTO "metrics" VALUES('test/vqa_accuracy_unrounded/question_type/yes/no',5.06849315068493169169e+01,1796212524865,'bd0b44840ec046edbc0e15d610620466',100,0);
INSERT INTO "metrics" VALUES('test/vqa_accuracy/question_type/shape',60.0,1796212524865,'bd0b44840ec046edbc0e15d610620466',100,0);
INSERT INTO "metrics" VALUES('test/vqa_accuracy_unrounded/question_type/shape',60.0,1796212524865,'bd0b44840ec046edbc0e15d610620466',100,0);
INSERT INTO "metrics" VALUES('time/features_s',1.861543229999824689e+00,1796212524865,'bd0b44840ec046edbc0e15d610620466',100,0);
INSERT INTO "metrics" VALUES('time/lm_load_s',1.8613888400022915448e-01,1796212524865,'bd0b44840ec046edbc0e15d610620466',100,0);
INSERT INTO "metrics" VALUES('time/train_s',2.80044147511999653929e+02,1796212524865,'bd0b44840ec046edbc0e15d610620466',100,0);
INSERT INTO "metrics" VALUES('time/train_step_s',2.48792021850504907476e+00,1796212524865,'bd0b44840ec046edbc0e15d610620466',100,0);
INSERT INTO "metrics" VALUES('time/eval_s',1.61209420519999184766e+01,1796212524865,'bd0b44840ec046edbc0e15d610620466',100,0);
INSERT INTO "metrics" VALUES('time/eval_example_s',1.6120942051999917477e-01,1796212524865,'bd0b44840ec046edbc0e15d610620466',100,0);
INSERT INTO "metrics" VALUES('time/total_s',2.99178601122000145558e+02,1796212524865,'bd0b44840ec046edbc0e15d610620466',100,0);
INSERT INTO "metrics" VALUES('best_value',70.0,1796212524974,'a17a0d8a419248d398b52965cf2d2720',0,0);
INSERT INTO "metrics" VALUES('trials',3.0,1796212524977,'a17a0d8a419248d398b52965cf2d2720',0,0);
INSERT INTO "metrics" VALUES('params/trainable',11520.0,1796212527729,'6077cd197f264fbabf7b4518c2e3cebb',0,0);
INSERT INTO "metrics" VALUES('params/lm',134515008.0,1796212527729,'6077cd197f264fbabf7b4518c2e3cebb',0,0);
INSERT INTO "metrics" VALUES('train/loss',1.13767671585083,1796212546830,'6b4a8667fe3c45a4b25417272c596b35',90,0);
INSERT INTO "metrics" VALUES('train/lr',3.98521527109753863739e-05,1796212546830,'6b4a8667fe3c45a4b25417272c596b35',90,0);
INSERT INTO "metrics" VALUES('train/loss',3.10619258880615234375e+00,1796212562695,'6077cd197f264fbabf7b4518c2e3cebb',10,0);
INSERT INTO "metrics" VALUES('train/lr',0.003,1796212562695,'6077cd197f264fbabf7b4518c2e3cebb',10,0);
INSERT INTO "metrics" VALUES('train/loss',6.82637572288513183593e-01,1796212580175,'6b4a8667fe3c45a4b25417272c596b35',100,0);
INSERT INTO "metrics" VALUES('train/lr',1.0e-05,1796212580175,'6b4a8667fe3c45a4b25417272c596b35',100,0);
INSERT INTO "metrics" VALUES('train/loss',1.13142573833465576171e+00,1796212594970,'6077cd197f264fbabf7b4518c2e3cebb',20,0);
INSERT INTO "metrics" VALUES('train/lr',2.90984046807493288919e-03,1796212594970,'6077cd197f264fbabf7b4518c2e3cebb',20,0);
INSERT INTO "metrics" VALUES('val/vqa_accuracy',51.0,1796212623354,'6b4a8667fe3c45a4b25417272c596b35',100,0);
INSERT INTO "metrics" VALUES('val/vqa_accuracy_unrounded',51.0,1796212623354,'6b4a8667fe3c45a4b25417272c596b35',100,0);
INSERT INTO "metrics" VALUES('val/vqa_accuracy/yes/no',61.54,1796212623354,'6b4a8667fe3c45a4b25417272c596b35',100,0);
INSERT INTO "metrics" VALUES('val/vqa_accuracy_unrounded/yes/no',6.15384615384615400995e+01,1796212623354,'6b4a8667fe3c45a4b25417272c596b35',100,0);
INSERT INTO "metrics" VALUES('val/vqa_accuracy/question_type/yes/no',61.54,1796212623354,'6b4a8667fe3c45a4b25417272c596b35',100,0);
INSERT INTO "metrics" VALUES('val/vqa_accuracy_unrounded/question_type/yes/no',6.15384615384615400995e+01,1796212623354,'6b4a8667fe3c45a4b25417272c596b35',100,0);
INSERT INTO "metrics" VALUES('val/vqa_accuracy/other',13.64,1796212623354,'6b4a8667fe3c45a4b25417272c596b35',100,0);
INSERT INTO "metrics" VALUES('val/vqa_accuracy_unrounded/other',1.36363636363636366868e+01,1796212623354,'6b4a8667fe3c45a4b25417272c596b35',100,0);
INSERT INTO "metrics" VALUES('val/vqa_accuracy/question_type/color',3.7,1796212623354,'6b4a8667fe3c45a4b25417272c596b35',100,0);
INSERT INTO "metrics" VALUES('val/vqa_accuracy_unrounded/question_type/color',3.70370370370370372015e+00,1796212623354,'6b4a8667fe3c45a4b25417272c596b35',100,0);
INSERT INTO "metrics" VALUES('val/vqa_accuracy/question_type/shape',29.41,1796212623354,'6b4a8667fe3c45a4b25417272c596b35',100,0);
INSERT INTO "metrics" VALUES('val/vqa_accuracy_unrounded/question_type/shape',2.94117647058823514791e+01,1796212623354,'6b4a8667fe3c45a4b25417272c596b35',100,0);
INSERT INTO "metrics" VALUES('train/loss',1.10248994827270507812e+00,1796212627449,'6077cd197f264fbabf7b4518c2e3cebb',30,0);
INSERT INTO "metrics" VALUES('train/lr',2.65023644246287215509e-03,1796212627449,'6077cd197f264fbabf7b4518c2e3cebb',30,0);
INSERT INTO "metrics" VALUES('test/vqa_accuracy',45.0,1796212645547,'6b4a8667fe3c45a4b25417272c596b35',100,0);
INSERT INTO "metrics" VALUES('test/vqa_accuracy_unrounded',45.0,1796212645547,'6b4a8667fe3c45a4b25417272c596b35',100,0);
INSERT INTO "metrics" VALUES('test/vqa_accuracy/other',14.81,1796212645547,'6b4a8667fe3c45a4b25417272c596b35',100,0);
INSERT INTO "metrics" VALUES('test/vqa_accuracy_unrounded/other',1.48148148148148148806e+01,1796212645547,'6b4a8667fe3c45a4b25417272c596b35',100,0);
INSERT INTO "metrics" VALUES('test/vqa_accuracy/question_type/color',5.88,1796212645547,'6b4a8667fe3c45a4b25417272c596b35',100,0);
INSERT INTO "metrics" VALUES('test/vqa_accuracy_unrounded/question_type/color',5.8823529411764710062e+00,1796212645547,'6b4a8667fe3c45a4b25417272c596b35',100,0);
INSERT INTO "metrics" VALUES('test/vqa_accuracy/yes/no',56.16,1796212645547,'6b4a8667fe3c45a4b25417272c596b35',100,0);
INSERT INTO "metrics" VALUES('test/vqa_accuracy_unrounded/yes/no',5.61643835616438380498e+01,1796212645547,'6b4a8667fe3c45a4b25417272c596b35',100,0);
INSERT INTO "metrics" VALUES('test/vqa_accuracy/question_type/yes/no',56.16,1796212645547,'6b4a8667fe3c45a4b25417272c596b35',100,0);
INSERT INTO "metrics" VALUES('test/vqa_accuracy_unrounded/question_type/yes/no',5.61643835616438380498e+01,1796212645547,'6b4a8667fe3c45a4b25417272c596b35',100,0);
INSERT INTO "metrics" VALUES('test/vqa_accuracy/question_type/shape',30.0,1796212645547,'6b4a8667fe3c45a4b25417272c596b35',100,0);
INSERT INTO "metrics" VALUES('test/vqa_accuracy_unrounded/question_type/shape',30.0,1796212645547,'6b4a8667fe3c45a4b25417272c596b35',100,0);
INSERT INTO "metrics" VALUES('time/features_s',1.27523084499989636242e+00,1796212645547,'6b4a8667fe3c45a4b25417272c596b35',100,0);
INSERT INTO "metrics" VALUES('time/lm_load_s',7.0284185099990281742e-01,1796212645547,'6b4a8667fe3c45a4b25417272c596b35',100,0);
INSERT INTO "metrics" VALUES('time/train_s',3.67425950635999925002e+02,1796212645547,'6b4a8667fe3c45a4b25417272c596b35',100,0);
INSERT INTO "metrics" VALUES('time/train_step_s',3.24009009239395240342e+00,1796212645547,'6b4a8667fe3c45a4b25417272c596b35',100,0);
INSERT INTO "metrics" VALUES('time/eval_s',2.21652389659998334532e+01,1796212645547,'6b4a8667fe3c45a4b25417272c596b35',100,0);
INSERT INTO "metrics" VALUES('time/eval_example_s',2.21652389659998338977e-01,1796212645547,'6b4a8667fe3c45a4b25417272c596b35',100,0);
INSERT INTO "metrics" VALUES('time/total_s',3.92113213836999875624e+02,1796212645547,'6b4a8667fe3c45a4b25417272c596b35',100,0);
INSERT INTO "metrics" VALUES('params/trainable',11520.0,1796212649789,'3c8c999b37a04e2ba60647b531786e67',0,0);
INSERT INTO "metrics" VALUES('params/lm',134515008.0,1796212649789,'3c8c999b37a04e2ba60647b531786e67',0,0);
INSERT INTO "metrics" VALUES('train/loss',9.21872496604919433593e-01,1796212665900,'6077cd197f264fbabf7b4518c2e3cebb',40,0);
INSERT INTO "metrics" VALUES('train/lr',0.0022525,1796212665900,'6077cd197f264fbabf7b4518c2e3cebb',40,0);
INSERT INTO "metrics" VALUES('train/loss',4.51962757110595703125e+00,1796212687070,'3c8c999b37a04e2ba60647b531786e67',10,0);
INSERT INTO "metrics" VALUES('train/lr',0.0003,1796212687070,'3c8c999b37a04e2ba60647b531786e67',10,0);
INSERT INTO "metrics" VALUES('train/loss',8.04525256156921386718e-01,1796212697761,'6077cd197f264fbabf7b4518c2e3cebb',50,0);
INSERT INTO "metrics" VALUES('train/lr',1.76460402561206121212e-03,1796212697761,'6077cd197f264fbabf7b4518c2e3cebb',50,0);
INSERT INTO "metrics" VALUES('train/loss',3.26753640174865722656e+00,1796212718912,'3c8c999b37a04e2ba60647b531786e67',20,0);
INSERT INTO "metrics" VALUES('train/lr',2.91255430013956655328e-04,1796212718912,'3c8c999b37a04e2ba60647b531786e67',20,0);
INSERT INTO "metrics" VALUES('train/loss',5.49246311187744140625e-01,1796212729545,'6077cd197f264fbabf7b4518c2e3cebb',60,0);
INSERT INTO "metrics" VALUES('train/lr',1.24539597438793931023e-03,1796212729545,'6077cd197f264fbabf7b4518c2e3cebb',60,0);
INSERT INTO "metrics" VALUES('train/loss',3.57866024971008300781e+00,1796212751736,'3c8c999b37a04e2ba60647b531786e67',30,0);
INSERT INTO "metrics" VALUES('train/lr',2.6607644425225175774e-04,1796212751736,'3c8c999b37a04e2ba60647b531786e67',30,0);
INSERT INTO "metrics" VALUES('train/loss',9.58277821540832519531e-01,1796212760761,'6077cd197f264fbabf7b4518c2e3cebb',70,0);
INSERT INTO "metrics" VALUES('train/lr',7.57500000000000360544e-04,1796212760761,'6077cd197f264fbabf7b4518c2e3cebb',70,0);
INSERT INTO "metrics" VALUES('train/loss',2.99067711830139160156e+00,1796212783638,'3c8c999b37a04e2ba60647b531786e67',40,0);
INSERT INTO "metrics" VALUES('train/lr',2.27499999999999973293e-04,1796212783638,'3c8c999b37a04e2ba60647b531786e67',40,0);
INSERT INTO "metrics" VALUES('train/loss',5.69482445716857910156e-01,1796212792737,'6077cd197f264fbabf7b4518c2e3cebb',80,0);
INSERT INTO "metrics" VALUES('train/lr',3.59763557537128042009e-04,1796212792737,'6077cd197f264fbabf7b4518c2e3cebb',80,0);
INSERT INTO "metrics" VALUES('train/loss',2.68238711357116699218e+00,1796212816849,'3c8c999b37a04e2ba60647b531786e67',50,0);
INSERT INTO "metrics" VALUES('train/lr',1.80178985761704897562e-04,1796212816849,'3c8c999b37a04e2ba60647b531786e67',50,0);
INSERT INTO "metrics" VALUES('train/loss',8.16705286502838134765e-01,1796212827310,'6077cd197f264fbabf7b4518c2e3cebb',90,0);
INSERT INTO "metrics" VALUES('train/lr',1.00159531925067063961e-04,1796212827310,'6077cd197f264fbabf7b4518c2e3cebb',90,0);
INSERT INTO "metrics" VALUES('train/loss',1.53764653205871582031e+00,1796212850860,'3c8c999b37a04e2ba60647b531786e67',60,0);
INSERT INTO "metrics" VALUES('train/lr',1.29821014238295102385e-04,1796212850860,'3c8c999b37a04e2ba60647b531786e67',60,0);
INSERT INTO "metrics" VALUES('train/loss',0.609690248966217,1796212861623,'6077cd197f264fbabf7b4518c2e3cebb',100,0);
INSERT INTO "metrics" VALUES('train/lr',1.0e-05,1796212861623,'6077cd197f264fbabf7b4518c2e3cebb',100,0);
INSERT INTO "metrics" VALUES('train/loss',2.41788005828857421875e+00,1796212884862,'3c8c999b37a04e2ba60647b531786e67',70,0);
INSERT INTO "metrics" VALUES('train/lr',8.2500000000000026654e-05,1796212884862,'3c8c999b37a04e2ba60647b531786e67',70,0);
INSERT INTO "metrics" VALUES('val/vqa_accuracy',61.0,1796212905994,'6077cd197f264fbabf7b4518c2e3cebb',100,0);
INSERT INTO "metrics" VALUES('val/vqa_accuracy_unrounded',61.0,1796212905994,'6077cd197f264fbabf7b4518c2e3cebb',100,0);
INSERT INTO "metrics" VALUES('val/vqa_accuracy/yes/no',74.36,1796212905994,'6077cd197f264fbabf7b4518c2e3cebb',100,0);
INSERT INTO "metrics" VALUES('val/vqa_accuracy_unrounded/yes/no',7.43589743589743648035e+01,1796212905994,'6077cd197f264fbabf7b4518c2e3cebb',100,0);
INSERT INTO "metrics" VALUES('val/vqa_accuracy/question_type/yes/no',74.36,1796212905994,'6077cd197f264fbabf7b4518c2e3cebb',100,0);
INSERT INTO "metrics" VALUES('val/vqa_accuracy_unrounded/question_type/yes/no',7.43589743589743648035e+01,1796212905994,'6077cd197f264fbabf7b4518c2e3cebb',100,0);
INSERT INTO "metrics" VALUES('val/vqa_accuracy/other',13.64,1796212905994,'6077cd197f264fbabf7b4518c2e3cebb',100,0);
INSERT INTO "metrics" VALUES('val/vqa_accuracy_unrounded/other',1.36363636363636366868e+01,1796212905994,'6077cd197f264fbabf7b4518c2e3cebb',100,0);
INSERT INTO "metrics" VALUES('val/vqa_accuracy/question_type/color',7.41,1796212905994,'6077cd197f264fbabf7b4518c2e3cebb',100,0);
INSERT INTO "metrics" VALUES('val/vqa_accuracy_unrounded/question_type/color',7.4074074074074074403e+00,1796212905994,'6077cd197f264fbabf7b4518c2e3cebb',100,0);
INSERT INTO "metrics" VALUES('val/vqa_accuracy/question_type/shape',23.53,1796212905994,'6077cd197f264fbabf7b4518c2e3cebb',100,0);
INSERT INTO "metrics" VALUES('val/vqa_accuracy_unrounded/question_type/shape',2.35294117647058840256e+01,1796212905994,'6077cd197f264fbabf7b4518c2e3cebb',100,0);
INSERT INTO "metrics" VALUES('train/loss',1.26127696037292480468e+00,1796212918998,'3c8c999b37a04e2ba60647b531786e67',80,0);
INSERT INTO "metrics" VALUES('train/lr',4.39235557477482e-05,1796212918998,'3c8c999b37a04e2ba60647b531786e67',80,0);
INSERT INTO "metrics" VALUES('test/vqa_accuracy',62.0,1796212928076,'6077cd197f264fbabf7b4518c2e3cebb',100,0);
INSERT INTO "metrics" VALUES('test/vqa_accuracy_unrounded',62.0,1796212928076,'6077cd197f264fbabf7b4518c2e3cebb',100,0);
INSERT INTO "metrics" VALUES('test/vqa_accuracy/other',25.93,1796212928076,'6077cd197f264fbabf7b4518c2e3cebb',100,0);
INSERT INTO "metrics" VALUES('test/vqa_accuracy_unrounded/other',2.59259259259259273728e+01,1796212928076,'6077cd197f264fbabf7b4518c2e3cebb',100,0);
INSERT INTO "metrics" VALUES('test/vqa_accuracy/question_type/color',17.65,1796212928076,'6077cd197f264fbabf7b4518c2e3cebb',100,0);
INSERT INTO "metrics" VALUES('test/vqa_accuracy_unrounded/question_type/color',1.76470588235294130181e+01,1796212928076,'6077cd197f264fbabf7b4518c2e3cebb',100,0);
INSERT INTO "metrics" VALUES('test/vqa_accuracy/yes/no',75.34,1796212928076,'6077cd197f264fbabf7b4518c2e3cebb',100,0);
INSERT INTO "metrics" VALUES('test/vqa_accuracy_unrounded/yes/no',7.53424657534246620125e+01,1796212928076,'6077cd197f264fbabf7b4518c2e3cebb',100,0);
INSERT INTO "metrics" VALUES('test/vqa_accuracy/question_type/yes/no',75.34,1796212928076,'6077cd197f264fbabf7b4518c2e3cebb',100,0);
INSERT INTO "metrics" VALUES('test/vqa_accuracy_unrounded/question_type/yes/no',7.53424657534246620125e+01,1796212928076,'6077cd197f264fbabf7b4518c2e3cebb',100,0);
INSERT INTO "metrics" VALUES('test/vqa_accuracy/question_type/shape',40.0,1796212928076,'6077cd197f264fbabf7b4518c2e3cebb',100,0);
INSERT INTO "metrics" VALUES('test/vqa_accuracy_unrounded/question_type/shape',40.0,1796212928076,'6077cd197f264fbabf7b4518c2e3cebb',100,0);
INSERT INTO "metrics" VALUES('time/features_s',1.33766536200027985614e+00,1796212928076,'6077cd197f264fbabf7b4518c2e3cebb',100,0);
INSERT INTO "metrics" VALUES('time/lm_load_s',1.79307334999975864775e-01,1796212928076,'6077cd197f264fbabf7b4518c2e3cebb',100,0);
INSERT INTO "metrics" VALUES('time/train_s',3.78276804838999851192e+02,1796212928076,'6077cd197f264fbabf7b4518c2e3cebb',100,0);
INSERT INTO "metrics" VALUES('time/train_step_s',3.3347104018283,1796212928076,'6077cd197f264fbabf7b4518c2e3cebb',100,0);
INSERT INTO "metrics" VALUES('time/eval_s',2.2055953388000034466e+01,1796212928076,'6077cd197f264fbabf7b4518c2e3cebb',100,0);
INSERT INTO "metrics" VALUES('time/eval_example_s',2.20559533880000352423e-01,1796212928076,'6077cd197f264fbabf7b4518c2e3cebb',100,0);
INSERT INTO "metrics" VALUES('time/total_s',4.02861224565000156875e+02,1796212928076,'6077cd197f264fbabf7b4518c2e3cebb',100,0);
INSERT INTO "metrics" VALUES('params/trainable',11520.0,1796212931406,'ddedd3456f374a91ab5516e252359df8',0,0);
INSERT INTO "metrics" VALUES('params/lm',134515008.0,1796212931406,'ddedd3456f374a91ab5516e252359df8',0,0);
INSERT INTO "metrics" VALUES('train/loss',1.67852699756622314453e+00,1796212952000,'3c8c999b37a04e2ba60647b531786e67',90,0);
INSERT INTO "metrics" VALUES('train/lr',1.87445699860432937969e-05,1796212952000,'3c8c999b37a04e2ba60647b531786e67',90,0);
INSERT INTO "metrics" VALUES('train/loss',4.03963804244995117187e+00,1796212965355,'ddedd3456f374a91ab5516e252359df8',10,0);
INSERT INTO "metrics" VALUES('train/lr',0.001,1796212965355,'ddedd3456f374a91ab5516e252359df8',10,0);
INSERT INTO "metrics" VALUES('train/loss',1.40375030040740966796e+00,1796212985657,'3c8c999b37a04e2ba60647b531786e67',100,0);
INSERT INTO "metrics" VALUES('train/lr',1.0e-05,1796212985657,'3c8c999b37a04e2ba60647b531786e67',100,0);
INSERT INTO "metrics" VALUES('train/loss',2.57625365257263183593e+00,1796212998424,'ddedd3456f374a91ab5516e252359df8',20,0);
INSERT INTO "metrics" VALUES('train/lr',9.70147847289024728434e-04,1796212998424,'ddedd3456f374a91ab5516e252359df8',20,0);
INSERT INTO "metrics" VALUES('train/loss',2.59410953521728515625e+00,1796213031319,'ddedd3456f374a91ab5516e252359df8',30,0);
INSERT INTO "metrics" VALUES('train/lr',8.84191999343894086994e-04,1796213031319,'ddedd3456f374a91ab5516e252359df8',30,0);
INSERT INTO "metrics" VALUES('val/vqa_accuracy',48.5,1796213032862,'3c8c999b37a04e2ba60647b531786e67',100,0);
INSERT INTO "metrics" VALUES('val/vqa_accuracy_unrounded',48.5,1796213032862,'3c8c999b37a04e2ba60647b531786e67',100,0);
INSERT INTO "metrics" VALUES('val/vqa_accuracy/yes/no',59.62,1796213032862,'3c8c999b37a04e2ba60647b531786e67',100,0);
INSERT INTO "metrics" VALUES('val/vqa_accuracy_unrounded/yes/no',5.96153846153846131991e+01,1796213032862,'3c8c999b37a04e2ba60647b531786e67',100,0);
INSERT INTO "metrics" VALUES('val/vqa_accuracy/question_type/yes/no',59.62,1796213032862,'3c8c999b37a04e2ba60647b531786e67',100,0);
INSERT INTO "metrics" VALUES('val/vqa_accuracy_unrounded/question_type/yes/no',5.96153846153846131991e+01,1796213032862,'3c8c999b37a04e2ba60647b531786e67',100,0);
INSERT INTO "metrics" VALUES('val/vqa_accuracy/other',9.09,1796213032862,'3c8c999b37a04e2ba60647b531786e67',100,0);
INSERT INTO "metrics" VALUES('val/vqa_accuracy_unrounded/other',9.09090909090909171652e+00,1796213032862,'3c8c999b37a04e2ba60647b531786e67',100,0);
INSERT INTO "metrics" VALUES('val/vqa_accuracy/question_type/color',14.81,1796213032862,'3c8c999b37a04e2ba60647b531786e67',100,0);
INSERT INTO "metrics" VALUES('val/vqa_accuracy_unrounded/question_type/color',1.48148148148148148806e+01,1796213032862,'3c8c999b37a04e2ba60647b531786e67',100,0);
INSERT INTO "metrics" VALUES('val/vqa_accuracy/question_type/shape',0.0,1796213032862,'3c8c999b37a04e2ba60647b531786e67',100,0);
INSERT INTO "metrics" VALUES('val/vqa_accuracy_unrounded/question_type/shape',0.0,1796213032862,'3c8c999b37a04e2ba60647b531786e67',100,0);
INSERT INTO "metrics" VALUES('test/vqa_accuracy',42.0,1796213056076,'3c8c999b37a04e2ba60647b531786e67',100,0);
INSERT INTO "metrics" VALUES('test/vqa_accuracy_unrounded',42.0,1796213056076,'3c8c999b37a04e2ba60647b531786e67',100,0);
INSERT INTO "metrics" VALUES('test/vqa_accuracy/other',7.41,1796213056076,'3c8c999b37a04e2ba60647b531786e67',100,0);
INSERT INTO "metrics" VALUES('test/vqa_accuracy_unrounded/other',7.4074074074074074403e+00,1796213056076,'3c8c999b37a04e2ba60647b531786e67',100,0);
INSERT INTO "metrics" VALUES('test/vqa_accuracy/question_type/color',11.76,1796213056076,'3c8c999b37a04e2ba60647b531786e67',100,0);
INSERT INTO "metrics" VALUES('test/vqa_accuracy_unrounded/question_type/color',1.17647058823529420128e+01,1796213056076,'3c8c999b37a04e2ba60647b531786e67',100,0);
INSERT INTO "metrics" VALUES('test/vqa_accuracy/yes/no',54.79,1796213056076,'3c8c999b37a04e2ba60647b531786e67',100,0);
INSERT INTO "metrics" VALUES('test/vqa_accuracy_unrounded/yes/no',5.47945205479452042158e+01,1796213056076,'3c8c999b37a04e2ba60647b531786e67',100,0);
INSERT INTO "metrics" VALUES('test/vqa_accuracy/question_type/yes/no',54.79,1796213056076,'3c8c999b37a04e2ba60647b531786e67',100,0);
INSERT INTO "metrics" VALUES('test/vqa_accuracy_unrounded/question_type/yes/no',5.47945205479452042158e+01,1796213056076,'3c8c999b37a04e2ba60647b531786e67',100,0);
INSERT INTO "metrics" VALUES('test/vqa_accuracy/question_type/shape',0.0,1796213056076,'3c8c999b37a04e2ba60647b531786e67',100,0);
INSERT INTO "metrics" VALUES('test/vqa_accuracy_unrounded/question_type/shape',0.0,1796213056076,'3c8c999b37a04e2ba60647b531786e67',100,0);
INSERT INTO "metrics" VALUES('time/features_s',2.3109336700003950682e+00,1796213056076,'3c8c999b37a04e2ba60647b531786e67',100,0);
INSERT INTO "metrics" VALUES('time/lm_load_s',2.39165622999735205667e-01,1796213056076,'3c8c999b37a04e2ba60647b531786e67',100,0);
INSERT INTO "metrics" VALUES('time/train_s',3.83079056341000068631e+02,1796213056076,'3c8c999b37a04e2ba60647b531786e67',100,0);
INSERT INTO "metrics" VALUES('time/train_step_s',3.34488961548485619346e+00,1796213056076,'3c8c999b37a04e2ba60647b531786e67',100,0);
INSERT INTO "metrics" VALUES('time/eval_s',2.3192330375999972603e+01,1796213056076,'3c8c999b37a04e2ba60647b531786e67',100,0);
INSERT INTO "metrics" VALUES('time/eval_example_s',2.31923303759999727136e-01,1796213056076,'3c8c999b37a04e2ba60647b531786e67',100,0);
INSERT INTO "metrics" VALUES('time/total_s',4.10168058689000190495e+02,1796213056076,'3c8c999b37a04e2ba60647b531786e67',100,0);
INSERT INTO "metrics" VALUES('best_value',65.0,1796213056195,'c6990d8a95bb4aa9b9d338f8de220057',0,0);
INSERT INTO "metrics" VALUES('trials',3.0,1796213056198,'c6990d8a95bb4aa9b9d338f8de220057',0,0);
INSERT INTO "metrics" VALUES('params/trainable',1069632.0,1796213059018,'674e2753386c4c3894c557e7e6d9e179',0,0);
INSERT INTO "metrics" VALUES('params/lm',134515008.0,1796213059018,'674e2753386c4c3894c557e7e6d9e179',0,0);
INSERT INTO "metrics" VALUES('train/loss',1.90036904811859130859e+00,1796213065055,'ddedd3456f374a91ab5516e252359df8',40,0);
INSERT INTO "metrics" VALUES('train/lr',7.52499999999999913749e-04,1796213065055,'ddedd3456f374a91ab5516e252359df8',40,0);
INSERT INTO "metrics" VALUES('train/loss',1.52022242546081542968e+00,1796213086780,'674e2753386c4c3894c557e7e6d9e179',10,0);
INSERT INTO "metrics" VALUES('train/lr',0.003,1796213086780,'674e2753386c4c3894c557e7e6d9e179',10,0);
INSERT INTO "metrics" VALUES('train/loss',1.63625442981719970703e+00,1796213098748,'ddedd3456f374a91ab5516e252359df8',50,0);
INSERT INTO "metrics" VALUES('train/lr',5.90955847945130556542e-04,1796213098748,'ddedd3456f374a91ab5516e252359df8',50,0);
INSERT INTO "metrics" VALUES('train/loss',5.96501111984252929687e-01,1796213114104,'674e2753386c4c3894c557e7e6d9e179',20,0);
INSERT INTO "metrics" VALUES('train/lr',2.90984046807493288919e-03,1796213114104,'674e2753386c4c3894c557e7e6d9e179',20,0);
INSERT INTO "metrics" VALUES('train/loss',0.911443829536438,1796213134144,'ddedd3456f374a91ab5516e252359df8',60,0);
INSERT INTO "metrics" VALUES('train/lr',4.19044152054869490503e-04,1796213134144,'ddedd3456f374a91ab5516e252359df8',60,0);
INSERT INTO "metrics" VALUES('train/loss',7.52240419387817382812e-01,1796213140473,'674e2753386c4c3894c557e7e6d9e179',30,0);
INSERT INTO "metrics" VALUES('train/lr',2.65023644246287215509e-03,1796213140473,'674e2753386c4c3894c557e7e6d9e179',30,0);
INSERT INTO "metrics" VALUES('train/loss',8.48414778709411621093e-01,1796213167086,'674e2753386c4c3894c557e7e6d9e179',40,0);
INSERT INTO "metrics" VALUES('train/lr',0.0022525,1796213167086,'674e2753386c4c3894c557e7e6d9e179',40,0);
INSERT INTO "metrics" VALUES('train/loss',1.81162405014038085937e+00,1796213167557,'ddedd3456f374a91ab5516e252359df8',70,0);
INSERT INTO "metrics" VALUES('train/lr',2.57500000000000133296e-04,1796213167557,'ddedd3456f374a91ab5516e252359df8',70,0);
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
INSERT INTO "params" VALUES('study','tune-c-abstractor','baafa2031c4c42a3ae92ff8ecd362281');
INSERT INTO "params" VALUES('config.method','c-abstractor','78e28a8c61ae428391ebb7b69bfc329b');
INSERT INTO "params" VALUES('config.task','easy-vqa','78e28a8c61ae428391ebb7b69bfc329b');
INSERT INTO "params" VALUES('config.lm','smollm2-135m','78e28a8c61ae428391ebb7b69bfc329b');
INSERT INTO "params" VALUES('config.encoder','efficientnet-lite0','78e28a8c61ae428391ebb7b69bfc329b');
INSERT INTO "params" VALUES('config.seed','0','78e28a8c61ae428391ebb7b69bfc329b');
INSERT INTO "params" VALUES('config.output_dir','runs/reference-tune/c-abstractor','78e28a8c61ae428391ebb7b69bfc329b');
INSERT INTO "params" VALUES('config.run_name','trial-0','78e28a8c61ae428391ebb7b69bfc329b');
INSERT INTO "params" VALUES('config.cache_dir','None','78e28a8c61ae428391ebb7b69bfc329b');
INSERT INTO "params" VALUES('config.tracking_uri','sqlite:////work/main/runs/reference-tune/mlflow.db','78e28a8c61ae428391ebb7b69bfc329b');
INSERT INTO "params" VALUES('config.experiment','bench-tune','78e28a8c61ae428391ebb7b69bfc329b');
INSERT INTO "params" VALUES('config.recipe','shared','78e28a8c61ae428391ebb7b69bfc329b');
INSERT INTO "params" VALUES('config.method_options','{}','78e28a8c61ae428391ebb7b69bfc329b');
INSERT INTO "params" VALUES('config.train.steps','100','78e28a8c61ae428391ebb7b69bfc329b');
INSERT INTO "params" VALUES('config.train.batch_size','16','78e28a8c61ae428391ebb7b69bfc329b');
INSERT INTO "params" VALUES('config.train.grad_accum','1','78e28a8c61ae428391ebb7b69bfc329b');
INSERT INTO "params" VALUES('config.train.lr','0.003','78e28a8c61ae428391ebb7b69bfc329b');
INSERT INTO "params" VALUES('config.train.min_lr','1e-05','78e28a8c61ae428391ebb7b69bfc329b');
INSERT INTO "params" VALUES('config.train.weight_decay','0.02','78e28a8c61ae428391ebb7b69bfc329b');
INSERT INTO "params" VALUES('config.train.warmup_steps','10','78e28a8c61ae428391ebb7b69bfc329b');
INSERT INTO "params" VALUES('config.train.grad_clip','1.0','78e28a8c61ae428391ebb7b69bfc329b');
INSERT INTO "params" VALUES('config.train.precision','bf16','78e28a8c61ae428391ebb7b69bfc329b');
INSERT INTO "params" VALUES('config.train.eval_every','0','78e28a8c61ae428391ebb7b69bfc329b');
INSERT INTO "params" VALUES('config.train.log_every','10','78e28a8c61ae428391ebb7b69bfc329b');
INSERT INTO "params" VALUES('config.train.checkpoint_every','50','78e28a8c61ae428391ebb7b69bfc329b');
INSERT INTO "params" VALUES('config.train.loss_reduction','token_mean','78e28a8c61ae428391ebb7b69bfc329b');
INSERT INTO "params" VALUES('config.train.loss_weight','1.0','78e28a8c61ae428391ebb7b69bfc329b');
INSERT INTO "params" VALUES('config.train.betas','[0.9, 0.999]','78e28a8c61ae428391ebb7b69bfc329b');
INSERT INTO "params" VALUES('config.train.eps','1e-08','78e28a8c61ae428391ebb7b69bfc329b');
INSERT INTO "params" VALUES('config.train.schedule','cosine','78e28a8c61ae428391ebb7b69bfc329b');
INSERT INTO "params" VALUES('config.train.param_groups','[]','78e28a8c61ae428391ebb7b69bfc329b');
INSERT INTO "params" VALUES('config.train.loss_tokens','answer','78e28a8c61ae428391ebb7b69bfc329b');
INSERT INTO "params" VALUES('config.train.label_smoothing','0.0','78e28a8c61ae428391ebb7b69bfc329b');
INSERT INTO "params" VALUES('config.train.lm_dropout','False','78e28a8c61ae428391ebb7b69bfc329b');
INSERT INTO "params" VALUES('config.eval.batch_size','64','78e28a8c61ae428391ebb7b69bfc329b');
INSERT INTO "params" VALUES('config.eval.max_new_tokens','5','78e28a8c61ae428391ebb7b69bfc329b');
INSERT INTO "params" VALUES('config.eval.num_beams','1','78e28a8c61ae428391ebb7b69bfc329b');
INSERT INTO "params" VALUES('config.eval.length_penalty','1.0','78e28a8c61ae428391ebb7b69bfc329b');
INSERT INTO "params" VALUES('config.eval.max_examples','100','78e28a8c61ae428391ebb7b69bfc329b');
INSERT INTO "params" VALUES('config.eval.val_max_examples','200','78e28a8c61ae428391ebb7b69bfc329b');
INSERT INTO "params" VALUES('config.data.fraction','0.1','78e28a8c61ae428391ebb7b69bfc329b');
INSERT INTO "params" VALUES('config.data.data_dir','None','78e28a8c61ae428391ebb7b69bfc329b');
INSERT INTO "params" VALUES('config.data.val_images','0.1','78e28a8c61ae428391ebb7b69bfc329b');
INSERT INTO "params" VALUES('config.data.eval_split','None','78e28a8c61ae428391ebb7b69bfc329b');
INSERT INTO "params" VALUES('config.data.missing_media','error','78e28a8c61ae428391ebb7b69bfc329b');
INSERT INTO "params" VALUES('config.data.variant','None','78e28a8c61ae428391ebb7b69bfc329b');
INSERT INTO "params" VALUES('config.data.augment_views','0','78e28a8c61ae428391ebb7b69bfc329b');
INSERT INTO "params" VALUES('config.data.augmentations','[]','78e28a8c61ae428391ebb7b69bfc329b');
INSERT INTO "params" VALUES('config.data.feature_norm','auto','78e28a8c61ae428391ebb7b69bfc329b');
INSERT INTO "params" VALUES('method_config.preset','lite','78e28a8c61ae428391ebb7b69bfc329b');
INSERT INTO "params" VALUES('method_config.hidden_size','None','78e28a8c61ae428391ebb7b69bfc329b');
INSERT INTO "params" VALUES('method_config.depth','None','78e28a8c61ae428391ebb7b69bfc329b');
INSERT INTO "params" VALUES('method_config.mlp_depth','None','78e28a8c61ae428391ebb7b69bfc329b');
INSERT INTO "params" VALUES('method_config.num_queries','16','78e28a8c61ae428391ebb7b69bfc329b');
INSERT INTO "params" VALUES('method_config.pos_emb','True','78e28a8c61ae428391ebb7b69bfc329b');
INSERT INTO "params" VALUES('config.method','c-abstractor','aa68852e17ab4e48bd81ff1aac61d926');
INSERT INTO "params" VALUES('config.task','easy-vqa','aa68852e17ab4e48bd81ff1aac61d926');
INSERT INTO "params" VALUES('config.lm','smollm2-135m','aa68852e17ab4e48bd81ff1aac61d926');
INSERT INTO "params" VALUES('config.encoder','efficientnet-lite0','aa68852e17ab4e48bd81ff1aac61d926');
INSERT INTO "params" VALUES('config.seed','0','aa68852e17ab4e48bd81ff1aac61d926');
INSERT INTO "params" VALUES('config.output_dir','runs/reference-tune/c-abstractor','aa68852e17ab4e48bd81ff1aac61d926');
INSERT INTO "params" VALUES('config.run_name','trial-1','aa68852e17ab4e48bd81ff1aac61d926');
INSERT INTO "params" VALUES('config.cache_dir','None','aa68852e17ab4e48bd81ff1aac61d926');
INSERT INTO "params" VALUES('config.tracking_uri','sqlite:////work/main/runs/reference-tune/mlflow.db','aa68852e17ab4e48bd81ff1aac61d926');
INSERT INTO "params" VALUES('config.experiment','bench-tune','aa68852e17ab4e48bd81ff1aac61d926');
INSERT INTO "params" VALUES('config.recipe','shared','aa68852e17ab4e48bd81ff1aac61d926');
INSERT INTO "params" VALUES('config.method_options','{}','aa68852e17ab4e48bd81ff1aac61d926');
INSERT INTO "params" VALUES('config.train.steps','100','aa68852e17ab4e48bd81ff1aac61d926');
INSERT INTO "params" VALUES('config.train.batch_size','16','aa68852e17ab4e48bd81ff1aac61d926');
INSERT INTO "params" VALUES('config.train.grad_accum','1','aa68852e17ab4e48bd81ff1aac61d926');
INSERT INTO "params" VALUES('config.train.lr','0.001','aa68852e17ab4e48bd81ff1aac61d926');
INSERT INTO "params" VALUES('config.train.min_lr','1e-05','aa68852e17ab4e48bd81ff1aac61d926');
INSERT INTO "params" VALUES('config.train.weight_decay','0.02','aa68852e17ab4e48bd81ff1aac61d926');
INSERT INTO "params" VALUES('config.train.warmup_steps','10','aa68852e17ab4e48bd81ff1aac61d926');
INSERT INTO "params" VALUES('config.train.grad_clip','1.0','aa68852e17ab4e48bd81ff1aac61d926');
INSERT INTO "params" VALUES('config.train.precision','bf16','aa68852e17ab4e48bd81ff1aac61d926');
INSERT INTO "params" VALUES('config.train.eval_every','0','aa68852e17ab4e48bd81ff1aac61d926');
INSERT INTO "params" VALUES('config.train.log_every','10','aa68852e17ab4e48bd81ff1aac61d926');
INSERT INTO "params" VALUES('config.train.checkpoint_every','50','aa68852e17ab4e48bd81ff1aac61d926');
INSERT INTO "params" VALUES('config.train.loss_reduction','token_mean','aa68852e17ab4e48bd81ff1aac61d926');
INSERT INTO "params" VALUES('config.train.loss_weight','1.0','aa68852e17ab4e48bd81ff1aac61d926');
INSERT INTO "params" VALUES('config.train.betas','[0.9, 0.999]','aa68852e17ab4e48bd81ff1aac61d926');
INSERT INTO "params" VALUES('config.train.eps','1e-08','aa68852e17ab4e48bd81ff1aac61d926');
INSERT INTO "params" VALUES('config.train.schedule','cosine','aa68852e17ab4e48bd81ff1aac61d926');
INSERT INTO "params" VALUES('config.train.param_groups','[]','aa68852e17ab4e48bd81ff1aac61d926');
INSERT INTO "params" VALUES('config.train.loss_tokens','answer','aa68852e17ab4e48bd81ff1aac61d926');
INSERT INTO "params" VALUES('config.train.label_smoothing','0.0','aa68852e17ab4e48bd81ff1aac61d926');
INSERT INTO "params" VALUES('config.train.lm_dropout','False','aa68852e17ab4e48bd81ff1aac61d926');
INSERT INTO "params" VALUES('config.eval.batch_size','64','aa68852e17ab4e48bd81ff1aac61d926');
INSERT INTO "params" VALUES('config.eval.max_new_tokens','5','aa68852e17ab4e48bd81ff1aac61d926');
INSERT INTO "params" VALUES('config.eval.num_beams','1','aa68852e17ab4e48bd81ff1aac61d926');
INSERT INTO "params" VALUES('config.eval.length_penalty','1.0','aa68852e17ab4e48bd81ff1aac61d926');
INSERT INTO "params" VALUES('config.eval.max_examples','100','aa68852e17ab4e48bd81ff1aac61d926');
INSERT INTO "params" VALUES('config.eval.val_max_examples','200','aa68852e17ab4e48bd81ff1aac61d926');
INSERT INTO "params" VALUES('config.data.fraction','0.1','aa68852e17ab4e48bd81ff1aac61d926');
INSERT INTO "params" VALUES('config.data.data_dir','None','aa68852e17ab4e48bd81ff1aac61d926');
INSERT INTO "params" VALUES('config.data.val_images','0.1','aa68852e17ab4e48bd81ff1aac61d926');
INSERT INTO "params" VALUES('config.data.eval_split','None','aa68852e17ab4e48bd81ff1aac61d926');
INSERT INTO "params" VALUES('config.data.missing_media','error','aa68852e17ab4e48bd81ff1aac61d926');
INSERT INTO "params" VALUES('config.data.variant','None','aa68852e17ab4e48bd81ff1aac61d926');
INSERT INTO "params" VALUES('config.data.augment_views','0','aa68852e17ab4e48bd81ff1aac61d926');
INSERT INTO "params" VALUES('config.data.augmentations','[]','aa68852e17ab4e48bd81ff1aac61d926');
INSERT INTO "params" VALUES('config.data.feature_norm','auto','aa68852e17ab4e48bd81ff1aac61d926');
INSERT INTO "params" VALUES('method_config.preset','lite','aa68852e17ab4e48bd81ff1aac61d926');
INSERT INTO "params" VALUES('method_config.hidden_size','None','aa68852e17ab4e48bd81ff1aac61d926');
INSERT INTO "params" VALUES('method_config.depth','None','aa68852e17ab4e48bd81ff1aac61d926');
INSERT INTO "params" VALUES('method_config.mlp_depth','None','aa68852e17ab4e48bd81ff1aac61d926');
INSERT INTO "params" VALUES('method_config.num_queries','16','aa68852e17ab4e48bd81ff1aac61d926');
INSERT INTO "params" VALUES('method_config.pos_emb','True','aa68852e17ab4e48bd81ff1aac61d926');
INSERT INTO "params" VALUES('study','tune-llava-mlp','a17a0d8a419248d398b52965cf2d2720');
INSERT INTO "params" VALUES('config.method','llava-mlp','009ae9300aeb4895b78e31ca8466eaf3');
INSERT INTO "params" VALUES('config.task','easy-vqa','009ae9300aeb4895b78e31ca8466eaf3');
INSERT INTO "params" VALUES('config.lm','smollm2-135m','009ae9300aeb4895b78e31ca8466eaf3');
INSERT INTO "params" VALUES('config.encoder','efficientnet-lite0','009ae9300aeb4895b78e31ca8466eaf3');
INSERT INTO "params" VALUES('config.seed','0','009ae9300aeb4895b78e31ca8466eaf3');
INSERT INTO "params" VALUES('config.output_dir','runs/reference-tune/llava-mlp','009ae9300aeb4895b78e31ca8466eaf3');
INSERT INTO "params" VALUES('config.run_name','trial-0','009ae9300aeb4895b78e31ca8466eaf3');
INSERT INTO "params" VALUES('config.cache_dir','None','009ae9300aeb4895b78e31ca8466eaf3');
INSERT INTO "params" VALUES('config.tracking_uri','sqlite:////work/main/runs/reference-tune/mlflow.db','009ae9300aeb4895b78e31ca8466eaf3');
INSERT INTO "params" VALUES('config.experiment','bench-tune','009ae9300aeb4895b78e31ca8466eaf3');
INSERT INTO "params" VALUES('config.recipe','shared','009ae9300aeb4895b78e31ca8466eaf3');
INSERT INTO "params" VALUES('config.method_options','{}','009ae9300aeb4895b78e31ca8466eaf3');
INSERT INTO "params" VALUES('config.train.steps','100','009ae9300aeb4895b78e31ca8466eaf3');
INSERT INTO "params" VALUES('config.train.batch_size','16','009ae9300aeb4895b78e31ca8466eaf3');
INSERT INTO "params" VALUES('config.train.grad_accum','1','009ae9300aeb4895b78e31ca8466eaf3');
INSERT INTO "params" VALUES('config.train.lr','0.003','009ae9300aeb4895b78e31ca8466eaf3');
INSERT INTO "params" VALUES('config.train.min_lr','1e-05','009ae9300aeb4895b78e31ca8466eaf3');
INSERT INTO "params" VALUES('config.train.weight_decay','0.02','009ae9300aeb4895b78e31ca8466eaf3');
INSERT INTO "params" VALUES('config.train.warmup_steps','10','009ae9300aeb4895b78e31ca8466eaf3');
INSERT INTO "params" VALUES('config.train.grad_clip','1.0','009ae9300aeb4895b78e31ca8466eaf3');
INSERT INTO "params" VALUES('config.train.precision','bf16','009ae9300aeb4895b78e31ca8466eaf3');
INSERT INTO "params" VALUES('config.train.eval_every','0','009ae9300aeb4895b78e31ca8466eaf3');
INSERT INTO "params" VALUES('config.train.log_every','10','009ae9300aeb4895b78e31ca8466eaf3');
INSERT INTO "params" VALUES('config.train.checkpoint_every','50','009ae9300aeb4895b78e31ca8466eaf3');
INSERT INTO "params" VALUES('config.train.loss_reduction','token_mean','009ae9300aeb4895b78e31ca8466eaf3');
INSERT INTO "params" VALUES('config.train.loss_weight','1.0','009ae9300aeb4895b78e31ca8466eaf3');
INSERT INTO "params" VALUES('config.train.betas','[0.9, 0.999]','009ae9300aeb4895b78e31ca8466eaf3');
INSERT INTO "params" VALUES('config.train.eps','1e-08','009ae9300aeb4895b78e31ca8466eaf3');
INSERT INTO "params" VALUES('config.train.schedule','cosine','009ae9300aeb4895b78e31ca8466eaf3');
INSERT INTO "params" VALUES('config.train.param_groups','[]','009ae9300aeb4895b78e31ca8466eaf3');
INSERT INTO "params" VALUES('config.train.loss_tokens','answer','009ae9300aeb4895b78e31ca8466eaf3');
INSERT INTO "params" VALUES('config.train.label_smoothing','0.0','009ae9300aeb4895b78e31ca8466eaf3');
INSERT INTO "params" VALUES('config.train.lm_dropout','False','009ae9300aeb4895b78e31ca8466eaf3');
INSERT INTO "params" VALUES('config.eval.batch_size','64','009ae9300aeb4895b78e31ca8466eaf3');
INSERT INTO "params" VALUES('config.eval.max_new_tokens','5','009ae9300aeb4895b78e31ca8466eaf3');
INSERT INTO "params" VALUES('config.eval.num_beams','1','009ae9300aeb4895b78e31ca8466eaf3');
INSERT INTO "params" VALUES('config.eval.length_penalty','1.0','009ae9300aeb4895b78e31ca8466eaf3');
INSERT INTO "params" VALUES('config.eval.max_examples','100','009ae9300aeb4895b78e31ca8466eaf3');
INSERT INTO "params" VALUES('config.eval.val_max_examples','200','009ae9300aeb4895b78e31ca8466eaf3');
INSERT INTO "params" VALUES('config.data.fraction','0.1','009ae9300aeb4895b78e31ca8466eaf3');
INSERT INTO "params" VALUES('config.data.data_dir','None','009ae9300aeb4895b78e31ca8466eaf3');
INSERT INTO "params" VALUES('config.data.val_images','0.1','009ae9300aeb4895b78e31ca8466eaf3');
INSERT INTO "params" VALUES('config.data.eval_split','None','009ae9300aeb4895b78e31ca8466eaf3');
INSERT INTO "params" VALUES('config.data.missing_media','error','009ae9300aeb4895b78e31ca8466eaf3');
INSERT INTO "params" VALUES('config.data.variant','None','009ae9300aeb4895b78e31ca8466eaf3');
INSERT INTO "params" VALUES('config.data.augment_views','0','009ae9300aeb4895b78e31ca8466eaf3');
INSERT INTO "params" VALUES('config.data.augmentations','[]','009ae9300aeb4895b78e31ca8466eaf3');
INSERT INTO "params" VALUES('config.data.feature_norm','auto','009ae9300aeb4895b78e31ca8466eaf3');
INSERT INTO "params" VALUES('method_config.depth','2','009ae9300aeb4895b78e31ca8466eaf3');
INSERT INTO "params" VALUES('method_config.patch_tokens_only','True','009ae9300aeb4895b78e31ca8466eaf3');
INSERT INTO "params" VALUES('config.method','c-abstractor','9210d09b92f84befbce7116ef9bbffd7');
INSERT INTO "params" VALUES('config.task','easy-vqa','9210d09b92f84befbce7116ef9bbffd7');
INSERT INTO "params" VALUES('config.lm','smollm2-135m','9210d09b92f84befbce7116ef9bbffd7');
INSERT INTO "params" VALUES('config.encoder','efficientnet-lite0','9210d09b92f84befbce7116ef9bbffd7');
INSERT INTO "params" VALUES('config.seed','0','9210d09b92f84befbce7116ef9bbffd7');
INSERT INTO "params" VALUES('config.output_dir','runs/reference-tune/c-abstractor','9210d09b92f84befbce7116ef9bbffd7');
INSERT INTO "params" VALUES('config.run_name','trial-2','9210d09b92f84befbce7116ef9bbffd7');
INSERT INTO "params" VALUES('config.cache_dir','None','9210d09b92f84befbce7116ef9bbffd7');
INSERT INTO "params" VALUES('config.tracking_uri','sqlite:////work/main/runs/reference-tune/mlflow.db','9210d09b92f84befbce7116ef9bbffd7');
INSERT INTO "params" VALUES('config.experiment','bench-tune','9210d09b92f84befbce7116ef9bbffd7');
INSERT INTO "params" VALUES('config.recipe','shared','9210d09b92f84befbce7116ef9bbffd7');
INSERT INTO "params" VALUES('config.method_options','{}','9210d09b92f84befbce7116ef9bbffd7');
INSERT INTO "params" VALUES('config.train.steps','100','9210d09b92f84befbce7116ef9bbffd7');
INSERT INTO "params" VALUES('config.train.batch_size','16','9210d09b92f84befbce7116ef9bbffd7');
INSERT INTO "params" VALUES('config.train.grad_accum','1','9210d09b92f84befbce7116ef9bbffd7');
INSERT INTO "params" VALUES('config.train.lr','0.0003','9210d09b92f84befbce7116ef9bbffd7');
INSERT INTO "params" VALUES('config.train.min_lr','1e-05','9210d09b92f84befbce7116ef9bbffd7');
INSERT INTO "params" VALUES('config.train.weight_decay','0.02','9210d09b92f84befbce7116ef9bbffd7');
INSERT INTO "params" VALUES('config.train.warmup_steps','10','9210d09b92f84befbce7116ef9bbffd7');
INSERT INTO "params" VALUES('config.train.grad_clip','1.0','9210d09b92f84befbce7116ef9bbffd7');
INSERT INTO "params" VALUES('config.train.precision','bf16','9210d09b92f84befbce7116ef9bbffd7');
INSERT INTO "params" VALUES('config.train.eval_every','0','9210d09b92f84befbce7116ef9bbffd7');
INSERT INTO "params" VALUES('config.train.log_every','10','9210d09b92f84befbce7116ef9bbffd7');
INSERT INTO "params" VALUES('config.train.checkpoint_every','50','9210d09b92f84befbce7116ef9bbffd7');
INSERT INTO "params" VALUES('config.train.loss_reduction','token_mean','9210d09b92f84befbce7116ef9bbffd7');
INSERT INTO "params" VALUES('config.train.loss_weight','1.0','9210d09b92f84befbce7116ef9bbffd7');
INSERT INTO "params" VALUES('config.train.betas','[0.9, 0.999]','9210d09b92f84befbce7116ef9bbffd7');
INSERT INTO "params" VALUES('config.train.eps','1e-08','9210d09b92f84befbce7116ef9bbffd7');
INSERT INTO "params" VALUES('config.train.schedule','cosine','9210d09b92f84befbce7116ef9bbffd7');
INSERT INTO "params" VALUES('config.train.param_groups','[]','9210d09b92f84befbce7116ef9bbffd7');
INSERT INTO "params" VALUES('config.train.loss_tokens','answer','9210d09b92f84befbce7116ef9bbffd7');
INSERT INTO "params" VALUES('config.train.label_smoothing','0.0','9210d09b92f84befbce7116ef9bbffd7');
INSERT INTO "params" VALUES('config.train.lm_dropout','False','9210d09b92f84befbce7116ef9bbffd7');
INSERT INTO "params" VALUES('config.eval.batch_size','64','9210d09b92f84befbce7116ef9bbffd7');
INSERT INTO "params" VALUES('config.eval.max_new_tokens','5','9210d09b92f84befbce7116ef9bbffd7');
INSERT INTO "params" VALUES('config.eval.num_beams','1','9210d09b92f84befbce7116ef9bbffd7');
INSERT INTO "params" VALUES('config.eval.length_penalty','1.0','9210d09b92f84befbce7116ef9bbffd7');
INSERT INTO "params" VALUES('config.eval.max_examples','100','9210d09b92f84befbce7116ef9bbffd7');
INSERT INTO "params" VALUES('config.eval.val_max_examples','200','9210d09b92f84befbce7116ef9bbffd7');
INSERT INTO "params" VALUES('config.data.fraction','0.1','9210d09b92f84befbce7116ef9bbffd7');
INSERT INTO "params" VALUES('config.data.data_dir','None','9210d09b92f84befbce7116ef9bbffd7');
INSERT INTO "params" VALUES('config.data.val_images','0.1','9210d09b92f84befbce7116ef9bbffd7');
INSERT INTO "params" VALUES('config.data.eval_split','None','9210d09b92f84befbce7116ef9bbffd7');
INSERT INTO "params" VALUES('config.data.missing_media','error','9210d09b92f84befbce7116ef9bbffd7');
INSERT INTO "params" VALUES('config.data.variant','None','9210d09b92f84befbce7116ef9bbffd7');
INSERT INTO "params" VALUES('config.data.augment_views','0','9210d09b92f84befbce7116ef9bbffd7');
INSERT INTO "params" VALUES('config.data.augmentations','[]','9210d09b92f84befbce7116ef9bbffd7');
INSERT INTO "params" VALUES('config.data.feature_norm','auto','9210d09b92f84befbce7116ef9bbffd7');
INSERT INTO "params" VALUES('method_config.preset','lite','9210d09b92f84befbce7116ef9bbffd7');
INSERT INTO "params" VALUES('method_config.hidden_size','None','9210d09b92f84befbce7116ef9bbffd7');
INSERT INTO "params" VALUES('method_config.depth','None','9210d09b92f84befbce7116ef9bbffd7');
INSERT INTO "params" VALUES('method_config.mlp_depth','None','9210d09b92f84befbce7116ef9bbffd7');
INSERT INTO "params" VALUES('method_config.num_queries','16','9210d09b92f84befbce7116ef9bbffd7');
INSERT INTO "params" VALUES('method_config.pos_emb','True','9210d09b92f84befbce7116ef9bbffd7');
INSERT INTO "params" VALUES('study','tune-promptfuse-blind','c6990d8a95bb4aa9b9d338f8de220057');
INSERT INTO "params" VALUES('config.method','promptfuse-blind','945d072f7e5349988202f5fad632344d');
INSERT INTO "params" VALUES('config.task','easy-vqa','945d072f7e5349988202f5fad632344d');
INSERT INTO "params" VALUES('config.lm','smollm2-135m','945d072f7e5349988202f5fad632344d');
INSERT INTO "params" VALUES('config.encoder','efficientnet-lite0','945d072f7e5349988202f5fad632344d');
INSERT INTO "params" VALUES('config.seed','0','945d072f7e5349988202f5fad632344d');
INSERT INTO "params" VALUES('config.output_dir','runs/reference-tune/promptfuse-blind','945d072f7e5349988202f5fad632344d');
INSERT INTO "params" VALUES('config.run_name','trial-0','945d072f7e5349988202f5fad632344d');
INSERT INTO "params" VALUES('config.cache_dir','None','945d072f7e5349988202f5fad632344d');
INSERT INTO "params" VALUES('config.tracking_uri','sqlite:////work/main/runs/reference-tune/mlflow.db','945d072f7e5349988202f5fad632344d');
INSERT INTO "params" VALUES('config.experiment','bench-tune','945d072f7e5349988202f5fad632344d');
INSERT INTO "params" VALUES('config.recipe','shared','945d072f7e5349988202f5fad632344d');
INSERT INTO "params" VALUES('config.method_options','{}','945d072f7e5349988202f5fad632344d');
INSERT INTO "params" VALUES('config.train.steps','100','945d072f7e5349988202f5fad632344d');
INSERT INTO "params" VALUES('config.train.batch_size','16','945d072f7e5349988202f5fad632344d');
INSERT INTO "params" VALUES('config.train.grad_accum','1','945d072f7e5349988202f5fad632344d');
INSERT INTO "params" VALUES('config.train.lr','0.003','945d072f7e5349988202f5fad632344d');
INSERT INTO "params" VALUES('config.train.min_lr','1e-05','945d072f7e5349988202f5fad632344d');
INSERT INTO "params" VALUES('config.train.weight_decay','0.02','945d072f7e5349988202f5fad632344d');
INSERT INTO "params" VALUES('config.train.warmup_steps','10','945d072f7e5349988202f5fad632344d');
INSERT INTO "params" VALUES('config.train.grad_clip','1.0','945d072f7e5349988202f5fad632344d');
INSERT INTO "params" VALUES('config.train.precision','bf16','945d072f7e5349988202f5fad632344d');
INSERT INTO "params" VALUES('config.train.eval_every','0','945d072f7e5349988202f5fad632344d');
INSERT INTO "params" VALUES('config.train.log_every','10','945d072f7e5349988202f5fad632344d');
INSERT INTO "params" VALUES('config.train.checkpoint_every','50','945d072f7e5349988202f5fad632344d');
INSERT INTO "params" VALUES('config.train.loss_reduction','token_mean','945d072f7e5349988202f5fad632344d');
INSERT INTO "params" VALUES('config.train.loss_weight','1.0','945d072f7e5349988202f5fad632344d');
INSERT INTO "params" VALUES('config.train.betas','[0.9, 0.999]','945d072f7e5349988202f5fad632344d');
INSERT INTO "params" VALUES('config.train.eps','1e-08','945d072f7e5349988202f5fad632344d');
INSERT INTO "params" VALUES('config.train.schedule','cosine','945d072f7e5349988202f5fad632344d');
INSERT INTO "params" VALUES('config.train.param_groups','[]','945d072f7e5349988202f5fad632344d');
INSERT INTO "params" VALUES('config.train.loss_tokens','answer','945d072f7e5349988202f5fad632344d');
INSERT INTO "params" VALUES('config.train.label_smoothing','0.0','945d072f7e5349988202f5fad632344d');
INSERT INTO "params" VALUES('config.train.lm_dropout','False','945d072f7e5349988202f5fad632344d');
INSERT INTO "params" VALUES('config.eval.batch_size','64','945d072f7e5349988202f5fad632344d');
INSERT INTO "params" VALUES('config.eval.max_new_tokens','5','945d072f7e5349988202f5fad632344d');
INSERT INTO "params" VALUES('config.eval.num_beams','1','945d072f7e5349988202f5fad632344d');
INSERT INTO "params" VALUES('config.eval.length_penalty','1.0','945d072f7e5349988202f5fad632344d');
INSERT INTO "params" VALUES('config.eval.max_examples','100','945d072f7e5349988202f5fad632344d');
INSERT INTO "params" VALUES('config.eval.val_max_examples','200','945d072f7e5349988202f5fad632344d');
INSERT INTO "params" VALUES('config.data.fraction','0.1','945d072f7e5349988202f5fad632344d');
INSERT INTO "params" VALUES('config.data.data_dir','None','945d072f7e5349988202f5fad632344d');
INSERT INTO "params" VALUES('config.data.val_images','0.1','945d072f7e5349988202f5fad632344d');
INSERT INTO "params" VALUES('config.data.eval_split','None','945d072f7e5349988202f5fad632344d');
INSERT INTO "params" VALUES('config.data.missing_media','error','945d072f7e5349988202f5fad632344d');
INSERT INTO "params" VALUES('config.data.variant','None','945d072f7e5349988202f5fad632344d');
INSERT INTO "params" VALUES('config.data.augment_views','0','945d072f7e5349988202f5fad632344d');
INSERT INTO "params" VALUES('config.data.augmentations','[]','945d072f7e5349988202f5fad632344d');
INSERT INTO "params" VALUES('config.data.feature_norm','auto','945d072f7e5349988202f5fad632344d');
INSERT INTO "params" VALUES('method_config.prompt_length','20','945d072f7e5349988202f5fad632344d');
INSERT INTO "params" VALUES('method_config.prompt_mlp','False','945d072f7e5349988202f5fad632344d');
INSERT INTO "params" VALUES('method_config.prompt_init','embedding_rms','945d072f7e5349988202f5fad632344d');
INSERT INTO "params" VALUES('method_config.feature','grid','945d072f7e5349988202f5fad632344d');
INSERT INTO "params" VALUES('method_config.patch_tokens_only','False','945d072f7e5349988202f5fad632344d');
INSERT INTO "params" VALUES('method_config.feature_map','auto','945d072f7e5349988202f5fad632344d');
INSERT INTO "params" VALUES('method_config.feature_map_seed','0','945d072f7e5349988202f5fad632344d');
INSERT INTO "params" VALUES('method_config.modality_scale','None','945d072f7e5349988202f5fad632344d');
INSERT INTO "params" VALUES('config.method','llava-mlp','c43347dc083141b78a6d0081e24bce32');
INSERT INTO "params" VALUES('config.task','easy-vqa','c43347dc083141b78a6d0081e24bce32');
INSERT INTO "params" VALUES('config.lm','smollm2-135m','c43347dc083141b78a6d0081e24bce32');
INSERT INTO "params" VALUES('config.encoder','efficientnet-lite0','c43347dc083141b78a6d0081e24bce32');
INSERT INTO "params" VALUES('config.seed','0','c43347dc083141b78a6d0081e24bce32');
INSERT INTO "params" VALUES('config.output_dir','runs/reference-tune/llava-mlp','c43347dc083141b78a6d0081e24bce32');
INSERT INTO "params" VALUES('config.run_name','trial-1','c43347dc083141b78a6d0081e24bce32');
INSERT INTO "params" VALUES('config.cache_dir','None','c43347dc083141b78a6d0081e24bce32');
INSERT INTO "params" VALUES('config.tracking_uri','sqlite:////work/main/runs/reference-tune/mlflow.db','c43347dc083141b78a6d0081e24bce32');
INSERT INTO "params" VALUES('config.experiment','bench-tune','c43347dc083141b78a6d0081e24bce32');
INSERT INTO "params" VALUES('config.recipe','shared','c43347dc083141b78a6d0081e24bce32');
INSERT INTO "params" VALUES('config.method_options','{}','c43347dc083141b78a6d0081e24bce32');
INSERT INTO "params" VALUES('config.train.steps','100','c43347dc083141b78a6d0081e24bce32');
INSERT INTO "params" VALUES('config.train.batch_size','16','c43347dc083141b78a6d0081e24bce32');
INSERT INTO "params" VALUES('config.train.grad_accum','1','c43347dc083141b78a6d0081e24bce32');
INSERT INTO "params" VALUES('config.train.lr','0.001','c43347dc083141b78a6d0081e24bce32');
INSERT INTO "params" VALUES('config.train.min_lr','1e-05','c43347dc083141b78a6d0081e24bce32');
INSERT INTO "params" VALUES('config.train.weight_decay','0.02','c43347dc083141b78a6d0081e24bce32');
INSERT INTO "params" VALUES('config.train.warmup_steps','10','c43347dc083141b78a6d0081e24bce32');
INSERT INTO "params" VALUES('config.train.grad_clip','1.0','c43347dc083141b78a6d0081e24bce32');
INSERT INTO "params" VALUES('config.train.precision','bf16','c43347dc083141b78a6d0081e24bce32');
INSERT INTO "params" VALUES('config.train.eval_every','0','c43347dc083141b78a6d0081e24bce32');
INSERT INTO "params" VALUES('config.train.log_every','10','c43347dc083141b78a6d0081e24bce32');
INSERT INTO "params" VALUES('config.train.checkpoint_every','50','c43347dc083141b78a6d0081e24bce32');
INSERT INTO "params" VALUES('config.train.loss_reduction','token_mean','c43347dc083141b78a6d0081e24bce32');
INSERT INTO "params" VALUES('config.train.loss_weight','1.0','c43347dc083141b78a6d0081e24bce32');
INSERT INTO "params" VALUES('config.train.betas','[0.9, 0.999]','c43347dc083141b78a6d0081e24bce32');
INSERT INTO "params" VALUES('config.train.eps','1e-08','c43347dc083141b78a6d0081e24bce32');
INSERT INTO "params" VALUES('config.train.schedule','cosine','c43347dc083141b78a6d0081e24bce32');
INSERT INTO "params" VALUES('config.train.param_groups','[]','c43347dc083141b78a6d0081e24bce32');
INSERT INTO "params" VALUES('config.train.loss_tokens','answer','c43347dc083141b78a6d0081e24bce32');
INSERT INTO "params" VALUES('config.train.label_smoothing','0.0','c43347dc083141b78a6d0081e24bce32');
INSERT INTO "params" VALUES('config.train.lm_dropout','False','c43347dc083141b78a6d0081e24bce32');
INSERT INTO "params" VALUES('config.eval.batch_size','64','c43347dc083141b78a6d0081e24bce32');
INSERT INTO "params" VALUES('config.eval.max_new_tokens','5','c43347dc083141b78a6d0081e24bce32');
INSERT INTO "params" VALUES('config.eval.num_beams','1','c43347dc083141b78a6d0081e24bce32');
INSERT INTO "params" VALUES('config.eval.length_penalty','1.0','c43347dc083141b78a6d0081e24bce32');
INSERT INTO "params" VALUES('config.eval.max_examples','100','c43347dc083141b78a6d0081e24bce32');
INSERT INTO "params" VALUES('config.eval.val_max_examples','200','c43347dc083141b78a6d0081e24bce32');
INSERT INTO "params" VALUES('config.data.fraction','0.1','c43347dc083141b78a6d0081e24bce32');
INSERT INTO "params" VALUES('config.data.data_dir','None','c43347dc083141b78a6d0081e24bce32');
INSERT INTO "params" VALUES('config.data.val_images','0.1','c43347dc083141b78a6d0081e24bce32');
INSERT INTO "params" VALUES('config.data.eval_split','None','c43347dc083141b78a6d0081e24bce32');
INSERT INTO "params" VALUES('config.data.missing_media','error','c43347dc083141b78a6d0081e24bce32');
INSERT INTO "params" VALUES('config.data.variant','None','c43347dc083141b78a6d0081e24bce32');
INSERT INTO "params" VALUES('config.data.augment_views','0','c43347dc083141b78a6d0081e24bce32');
INSERT INTO "params" VALUES('config.data.augmentations','[]','c43347dc083141b78a6d0081e24bce32');
INSERT INTO "params" VALUES('config.data.feature_norm','auto','c43347dc083141b78a6d0081e24bce32');
INSERT INTO "params" VALUES('method_config.depth','2','c43347dc083141b78a6d0081e24bce32');
INSERT INTO "params" VALUES('method_config.patch_tokens_only','True','c43347dc083141b78a6d0081e24bce32');
INSERT INTO "params" VALUES('config.method','llava-mlp','bd0b44840ec046edbc0e15d610620466');
INSERT INTO "params" VALUES('config.task','easy-vqa','bd0b44840ec046edbc0e15d610620466');
INSERT INTO "params" VALUES('config.lm','smollm2-135m','bd0b44840ec046edbc0e15d610620466');
INSERT INTO "params" VALUES('config.encoder','efficientnet-lite0','bd0b44840ec046edbc0e15d610620466');
INSERT INTO "params" VALUES('config.seed','0','bd0b44840ec046edbc0e15d610620466');
INSERT INTO "params" VALUES('config.output_dir','runs/reference-tune/llava-mlp','bd0b44840ec046edbc0e15d610620466');
INSERT INTO "params" VALUES('config.run_name','trial-2','bd0b44840ec046edbc0e15d610620466');
INSERT INTO "params" VALUES('config.cache_dir','None','bd0b44840ec046edbc0e15d610620466');
INSERT INTO "params" VALUES('config.tracking_uri','sqlite:////work/main/runs/reference-tune/mlflow.db','bd0b44840ec046edbc0e15d610620466');
INSERT INTO "params" VALUES('config.experiment','bench-tune','bd0b44840ec046edbc0e15d610620466');
INSERT INTO "params" VALUES('config.recipe','shared','bd0b44840ec046edbc0e15d610620466');
INSERT INTO "params" VALUES('config.method_options','{}','bd0b44840ec046edbc0e15d610620466');
INSERT INTO "params" VALUES('config.train.steps','100','bd0b44840ec046edbc0e15d610620466');
INSERT INTO "params" VALUES('config.train.batch_size','16','bd0b44840ec046edbc0e15d610620466');
INSERT INTO "params" VALUES('config.train.grad_accum','1','bd0b44840ec046edbc0e15d610620466');
INSERT INTO "params" VALUES('config.train.lr','0.0003','bd0b44840ec046edbc0e15d610620466');
INSERT INTO "params" VALUES('config.train.min_lr','1e-05','bd0b44840ec046edbc0e15d610620466');
INSERT INTO "params" VALUES('config.train.weight_decay','0.02','bd0b44840ec046edbc0e15d610620466');
INSERT INTO "params" VALUES('config.train.warmup_steps','10','bd0b44840ec046edbc0e15d610620466');
INSERT INTO "params" VALUES('config.train.grad_clip','1.0','bd0b44840ec046edbc0e15d610620466');
INSERT INTO "params" VALUES('config.train.precision','bf16','bd0b44840ec046edbc0e15d610620466');
INSERT INTO "params" VALUES('config.train.eval_every','0','bd0b44840ec046edbc0e15d610620466');
INSERT INTO "params" VALUES('config.train.log_every','10','bd0b44840ec046edbc0e15d610620466');
INSERT INTO "params" VALUES('config.train.checkpoint_every','50','bd0b44840ec046edbc0e15d610620466');
INSERT INTO "params" VALUES('config.train.loss_reduction','token_mean','bd0b44840ec046edbc0e15d610620466');
INSERT INTO "params" VALUES('config.train.loss_weight','1.0','bd0b44840ec046edbc0e15d610620466');
INSERT INTO "params" VALUES('config.train.betas','[0.9, 0.999]','bd0b44840ec046edbc0e15d610620466');
INSERT INTO "params" VALUES('config.train.eps','1e-08','bd0b44840ec046edbc0e15d610620466');
INSERT INTO "params" VALUES('config.train.schedule','cosine','bd0b44840ec046edbc0e15d610620466');
INSERT INTO "params" VALUES('config.train.param_groups','[]','bd0b44840ec046edbc0e15d610620466');
INSERT INTO "params" VALUES('config.train.loss_tokens','answer','bd0b44840ec046edbc0e15d610620466');
INSERT INTO "params" VALUES('config.train.label_smoothing','0.0','bd0b44840ec046edbc0e15d610620466');
INSERT INTO "params" VALUES('config.train.lm_dropout','False','bd0b44840ec046edbc0e15d610620466');
INSERT INTO "params" VALUES('config.eval.batch_size','64','bd0b44840ec046edbc0e15d610620466');
INSERT INTO "params" VALUES('config.eval.max_new_tokens','5','bd0b44840ec046edbc0e15d610620466');
INSERT INTO "params" VALUES('config.eval.num_beams','1','bd0b44840ec046edbc0e15d610620466');
INSERT INTO "params" VALUES('config.eval.length_penalty','1.0','bd0b44840ec046edbc0e15d610620466');
INSERT INTO "params" VALUES('config.eval.max_examples','100','bd0b44840ec046edbc0e15d610620466');
INSERT INTO "params" VALUES('config.eval.val_max_examples','200','bd0b44840ec046edbc0e15d610620466');
INSERT INTO "params" VALUES('config.data.fraction','0.1','bd0b44840ec046edbc0e15d610620466');
INSERT INTO "params" VALUES('config.data.data_dir','None','bd0b44840ec046edbc0e15d610620466');
INSERT INTO "params" VALUES('config.data.val_images','0.1','bd0b44840ec046edbc0e15d610620466');
INSERT INTO "params" VALUES('config.data.eval_split','None','bd0b44840ec046edbc0e15d610620466');
INSERT INTO "params" VALUES('config.data.missing_media','error','bd0b44840ec046edbc0e15d610620466');
INSERT INTO "params" VALUES('config.data.variant','None','bd0b44840ec046edbc0e15d610620466');
INSERT INTO "params" VALUES('config.data.augment_views','0','bd0b44840ec046edbc0e15d610620466');
INSERT INTO "params" VALUES('config.data.augmentations','[]','bd0b44840ec046edbc0e15d610620466');
INSERT INTO "params" VALUES('config.data.feature_norm','auto','bd0b44840ec046edbc0e15d610620466');
INSERT INTO "params" VALUES('method_config.depth','2','bd0b44840ec046edbc0e15d610620466');
INSERT INTO "params" VALUES('method_config.patch_tokens_only','True','bd0b44840ec046edbc0e15d610620466');
INSERT INTO "params" VALUES('config.method','promptfuse-blind','6b4a8667fe3c45a4b25417272c596b35');
INSERT INTO "params" VALUES('config.task','easy-vqa','6b4a8667fe3c45a4b25417272c596b35');
INSERT INTO "params" VALUES('config.lm','smollm2-135m','6b4a8667fe3c45a4b25417272c596b35');
INSERT INTO "params" VALUES('config.encoder','efficientnet-lite0','6b4a8667fe3c45a4b25417272c596b35');
INSERT INTO "params" VALUES('config.seed','0','6b4a8667fe3c45a4b25417272c596b35');
INSERT INTO "params" VALUES('config.output_dir','runs/reference-tune/promptfuse-blind','6b4a8667fe3c45a4b25417272c596b35');
INSERT INTO "params" VALUES('config.run_name','trial-1','6b4a8667fe3c45a4b25417272c596b35');
INSERT INTO "params" VALUES('config.cache_dir','None','6b4a8667fe3c45a4b25417272c596b35');
INSERT INTO "params" VALUES('config.tracking_uri','sqlite:////work/main/runs/reference-tune/mlflow.db','6b4a8667fe3c45a4b25417272c596b35');
INSERT INTO "params" VALUES('config.experiment','bench-tune','6b4a8667fe3c45a4b25417272c596b35');
INSERT INTO "params" VALUES('config.recipe','shared','6b4a8667fe3c45a4b25417272c596b35');
INSERT INTO "params" VALUES('config.method_options','{}','6b4a8667fe3c45a4b25417272c596b35');
INSERT INTO "params" VALUES('config.train.steps','100','6b4a8667fe3c45a4b25417272c596b35');
INSERT INTO "params" VALUES('config.train.batch_size','16','6b4a8667fe3c45a4b25417272c596b35');
INSERT INTO "params" VALUES('config.train.grad_accum','1','6b4a8667fe3c45a4b25417272c596b35');
INSERT INTO "params" VALUES('config.train.lr','0.001','6b4a8667fe3c45a4b25417272c596b35');
INSERT INTO "params" VALUES('config.train.min_lr','1e-05','6b4a8667fe3c45a4b25417272c596b35');
INSERT INTO "params" VALUES('config.train.weight_decay','0.02','6b4a8667fe3c45a4b25417272c596b35');
INSERT INTO "params" VALUES('config.train.warmup_steps','10','6b4a8667fe3c45a4b25417272c596b35');
INSERT INTO "params" VALUES('config.train.grad_clip','1.0','6b4a8667fe3c45a4b25417272c596b35');
INSERT INTO "params" VALUES('config.train.precision','bf16','6b4a8667fe3c45a4b25417272c596b35');
INSERT INTO "params" VALUES('config.train.eval_every','0','6b4a8667fe3c45a4b25417272c596b35');
INSERT INTO "params" VALUES('config.train.log_every','10','6b4a8667fe3c45a4b25417272c596b35');
INSERT INTO "params" VALUES('config.train.checkpoint_every','50','6b4a8667fe3c45a4b25417272c596b35');
INSERT INTO "params" VALUES('config.train.loss_reduction','token_mean','6b4a8667fe3c45a4b25417272c596b35');
INSERT INTO "params" VALUES('config.train.loss_weight','1.0','6b4a8667fe3c45a4b25417272c596b35');
INSERT INTO "params" VALUES('config.train.betas','[0.9, 0.999]','6b4a8667fe3c45a4b25417272c596b35');
INSERT INTO "params" VALUES('config.train.eps','1e-08','6b4a8667fe3c45a4b25417272c596b35');
INSERT INTO "params" VALUES('config.train.schedule','cosine','6b4a8667fe3c45a4b25417272c596b35');
INSERT INTO "params" VALUES('config.train.param_groups','[]','6b4a8667fe3c45a4b25417272c596b35');
INSERT INTO "params" VALUES('config.train.loss_tokens','answer','6b4a8667fe3c45a4b25417272c596b35');
INSERT INTO "params" VALUES('config.train.label_smoothing','0.0','6b4a8667fe3c45a4b25417272c596b35');
INSERT INTO "params" VALUES('config.train.lm_dropout','False','6b4a8667fe3c45a4b25417272c596b35');
INSERT INTO "params" VALUES('config.eval.batch_size','64','6b4a8667fe3c45a4b25417272c596b35');
INSERT INTO "params" VALUES('config.eval.max_new_tokens','5','6b4a8667fe3c45a4b25417272c596b35');
INSERT INTO "params" VALUES('config.eval.num_beams','1','6b4a8667fe3c45a4b25417272c596b35');
INSERT INTO "params" VALUES('config.eval.length_penalty','1.0','6b4a8667fe3c45a4b25417272c596b35');
INSERT INTO "params" VALUES('config.eval.max_examples','100','6b4a8667fe3c45a4b25417272c596b35');
INSERT INTO "params" VALUES('config.eval.val_max_examples','200','6b4a8667fe3c45a4b25417272c596b35');
INSERT INTO "params" VALUES('config.data.fraction','0.1','6b4a8667fe3c45a4b25417272c596b35');
INSERT INTO "params" VALUES('config.data.data_dir','None','6b4a8667fe3c45a4b25417272c596b35');
INSERT INTO "params" VALUES('config.data.val_images','0.1','6b4a8667fe3c45a4b25417272c596b35');
INSERT INTO "params" VALUES('config.data.eval_split','None','6b4a8667fe3c45a4b25417272c596b35');
INSERT INTO "params" VALUES('config.data.missing_media','error','6b4a8667fe3c45a4b25417272c596b35');
INSERT INTO "params" VALUES('config.data.variant','None','6b4a8667fe3c45a4b25417272c596b35');
INSERT INTO "params" VALUES('config.data.augment_views','0','6b4a8667fe3c45a4b25417272c596b35');
INSERT INTO "params" VALUES('config.data.augmentations','[]','6b4a8667fe3c45a4b25417272c596b35');
INSERT INTO "params" VALUES('config.data.feature_norm','auto','6b4a8667fe3c45a4b25417272c596b35');
INSERT INTO "params" VALUES('method_config.prompt_length','20','6b4a8667fe3c45a4b25417272c596b35');
INSERT INTO "params" VALUES('method_config.prompt_mlp','False','6b4a8667fe3c45a4b25417272c596b35');
INSERT INTO "params" VALUES('method_config.prompt_init','embedding_rms','6b4a8667fe3c45a4b25417272c596b35');
INSERT INTO "params" VALUES('method_config.feature','grid','6b4a8667fe3c45a4b25417272c596b35');
INSERT INTO "params" VALUES('method_config.patch_tokens_only','False','6b4a8667fe3c45a4b25417272c596b35');
INSERT INTO "params" VALUES('method_config.feature_map','auto','6b4a8667fe3c45a4b25417272c596b35');
INSERT INTO "params" VALUES('method_config.feature_map_seed','0','6b4a8667fe3c45a4b25417272c596b35');
INSERT INTO "params" VALUES('method_config.modality_scale','None','6b4a8667fe3c45a4b25417272c596b35');
INSERT INTO "params" VALUES('study','tune-promptfuse','e226caed579b44e7805aa89a6ec59266');
INSERT INTO "params" VALUES('config.method','promptfuse','6077cd197f264fbabf7b4518c2e3cebb');
INSERT INTO "params" VALUES('config.task','easy-vqa','6077cd197f264fbabf7b4518c2e3cebb');
INSERT INTO "params" VALUES('config.lm','smollm2-135m','6077cd197f264fbabf7b4518c2e3cebb');
INSERT INTO "params" VALUES('config.encoder','efficientnet-lite0','6077cd197f264fbabf7b4518c2e3cebb');
INSERT INTO "params" VALUES('config.seed','0','6077cd197f264fbabf7b4518c2e3cebb');
INSERT INTO "params" VALUES('config.output_dir','runs/reference-tune/promptfuse','6077cd197f264fbabf7b4518c2e3cebb');
INSERT INTO "params" VALUES('config.run_name','trial-0','6077cd197f264fbabf7b4518c2e3cebb');
INSERT INTO "params" VALUES('config.cache_dir','None','6077cd197f264fbabf7b4518c2e3cebb');
INSERT INTO "params" VALUES('config.tracking_uri','sqlite:////work/main/runs/reference-tune/mlflow.db','6077cd197f264fbabf7b4518c2e3cebb');
INSERT INTO "params" VALUES('config.experiment','bench-tune','6077cd197f264fbabf7b4518c2e3cebb');
INSERT INTO "params" VALUES('config.recipe','shared','6077cd197f264fbabf7b4518c2e3cebb');
INSERT INTO "params" VALUES('config.method_options','{}','6077cd197f264fbabf7b4518c2e3cebb');
INSERT INTO "params" VALUES('config.train.steps','100','6077cd197f264fbabf7b4518c2e3cebb');
INSERT INTO "params" VALUES('config.train.batch_size','16','6077cd197f264fbabf7b4518c2e3cebb');
INSERT INTO "params" VALUES('config.train.grad_accum','1','6077cd197f264fbabf7b4518c2e3cebb');
INSERT INTO "params" VALUES('config.train.lr','0.003','6077cd197f264fbabf7b4518c2e3cebb');
INSERT INTO "params" VALUES('config.train.min_lr','1e-05','6077cd197f264fbabf7b4518c2e3cebb');
INSERT INTO "params" VALUES('config.train.weight_decay','0.02','6077cd197f264fbabf7b4518c2e3cebb');
INSERT INTO "params" VALUES('config.train.warmup_steps','10','6077cd197f264fbabf7b4518c2e3cebb');
INSERT INTO "params" VALUES('config.train.grad_clip','1.0','6077cd197f264fbabf7b4518c2e3cebb');
INSERT INTO "params" VALUES('config.train.precision','bf16','6077cd197f264fbabf7b4518c2e3cebb');
INSERT INTO "params" VALUES('config.train.eval_every','0','6077cd197f264fbabf7b4518c2e3cebb');
INSERT INTO "params" VALUES('config.train.log_every','10','6077cd197f264fbabf7b4518c2e3cebb');
INSERT INTO "params" VALUES('config.train.checkpoint_every','50','6077cd197f264fbabf7b4518c2e3cebb');
INSERT INTO "params" VALUES('config.train.loss_reduction','token_mean','6077cd197f264fbabf7b4518c2e3cebb');
INSERT INTO "params" VALUES('config.train.loss_weight','1.0','6077cd197f264fbabf7b4518c2e3cebb');
INSERT INTO "params" VALUES('config.train.betas','[0.9, 0.999]','6077cd197f264fbabf7b4518c2e3cebb');
INSERT INTO "params" VALUES('config.train.eps','1e-08','6077cd197f264fbabf7b4518c2e3cebb');
INSERT INTO "params" VALUES('config.train.schedule','cosine','6077cd197f264fbabf7b4518c2e3cebb');
INSERT INTO "params" VALUES('config.train.param_groups','[]','6077cd197f264fbabf7b4518c2e3cebb');
INSERT INTO "params" VALUES('config.train.loss_tokens','answer','6077cd197f264fbabf7b4518c2e3cebb');
INSERT INTO "params" VALUES('config.train.label_smoothing','0.0','6077cd197f264fbabf7b4518c2e3cebb');
INSERT INTO "params" VALUES('config.train.lm_dropout','False','6077cd197f264fbabf7b4518c2e3cebb');
INSERT INTO "params" VALUES('config.eval.batch_size','64','6077cd197f264fbabf7b4518c2e3cebb');
INSERT INTO "params" VALUES('config.eval.max_new_tokens','5','6077cd197f264fbabf7b4518c2e3cebb');
INSERT INTO "params" VALUES('config.eval.num_beams','1','6077cd197f264fbabf7b4518c2e3cebb');
INSERT INTO "params" VALUES('config.eval.length_penalty','1.0','6077cd197f264fbabf7b4518c2e3cebb');
INSERT INTO "params" VALUES('config.eval.max_examples','100','6077cd197f264fbabf7b4518c2e3cebb');
INSERT INTO "params" VALUES('config.eval.val_max_examples','200','6077cd197f264fbabf7b4518c2e3cebb');
INSERT INTO "params" VALUES('config.data.fraction','0.1','6077cd197f264fbabf7b4518c2e3cebb');
INSERT INTO "params" VALUES('config.data.data_dir','None','6077cd197f264fbabf7b4518c2e3cebb');
INSERT INTO "params" VALUES('config.data.val_images','0.1','6077cd197f264fbabf7b4518c2e3cebb');
INSERT INTO "params" VALUES('config.data.eval_split','None','6077cd197f264fbabf7b4518c2e3cebb');
INSERT INTO "params" VALUES('config.data.missing_media','error','6077cd197f264fbabf7b4518c2e3cebb');
INSERT INTO "params" VALUES('config.data.variant','None','6077cd197f264fbabf7b4518c2e3cebb');
INSERT INTO "params" VALUES('config.data.augment_views','0','6077cd197f264fbabf7b4518c2e3cebb');
INSERT INTO "params" VALUES('config.data.augmentations','[]','6077cd197f264fbabf7b4518c2e3cebb');
INSERT INTO "params" VALUES('config.data.feature_norm','auto','6077cd197f264fbabf7b4518c2e3cebb');
INSERT INTO "params" VALUES('method_config.prompt_length','20','6077cd197f264fbabf7b4518c2e3cebb');
INSERT INTO "params" VALUES('method_config.prompt_mlp','False','6077cd197f264fbabf7b4518c2e3cebb');
INSERT INTO "params" VALUES('method_config.prompt_init','embedding_rms','6077cd197f264fbabf7b4518c2e3cebb');
INSERT INTO "params" VALUES('method_config.feature','grid','6077cd197f264fbabf7b4518c2e3cebb');
INSERT INTO "params" VALUES('method_config.patch_tokens_only','False','6077cd197f264fbabf7b4518c2e3cebb');
INSERT INTO "params" VALUES('method_config.feature_map','auto','6077cd197f264fbabf7b4518c2e3cebb');
INSERT INTO "params" VALUES('method_config.feature_map_seed','0','6077cd197f264fbabf7b4518c2e3cebb');
INSERT INTO "params" VALUES('method_config.modality_scale','None','6077cd197f264fbabf7b4518c2e3cebb');
INSERT INTO "params" VALUES('config.method','promptfuse-blind','3c8c999b37a04e2ba60647b531786e67');
INSERT INTO "params" VALUES('config.task','easy-vqa','3c8c999b37a04e2ba60647b531786e67');
INSERT INTO "params" VALUES('config.lm','smollm2-135m','3c8c999b37a04e2ba60647b531786e67');
INSERT INTO "params" VALUES('config.encoder','efficientnet-lite0','3c8c999b37a04e2ba60647b531786e67');
INSERT INTO "params" VALUES('config.seed','0','3c8c999b37a04e2ba60647b531786e67');
INSERT INTO "params" VALUES('config.output_dir','runs/reference-tune/promptfuse-blind','3c8c999b37a04e2ba60647b531786e67');
INSERT INTO "params" VALUES('config.run_name','trial-2','3c8c999b37a04e2ba60647b531786e67');
INSERT INTO "params" VALUES('config.cache_dir','None','3c8c999b37a04e2ba60647b531786e67');
INSERT INTO "params" VALUES('config.tracking_uri','sqlite:////work/main/runs/reference-tune/mlflow.db','3c8c999b37a04e2ba60647b531786e67');
INSERT INTO "params" VALUES('config.experiment','bench-tune','3c8c999b37a04e2ba60647b531786e67');
INSERT INTO "params" VALUES('config.recipe','shared','3c8c999b37a04e2ba60647b531786e67');
INSERT INTO "params" VALUES('config.method_options','{}','3c8c999b37a04e2ba60647b531786e67');
INSERT INTO "params" VALUES('config.train.steps','100','3c8c999b37a04e2ba60647b531786e67');
INSERT INTO "params" VALUES('config.train.batch_size','16','3c8c999b37a04e2ba60647b531786e67');
INSERT INTO "params" VALUES('config.train.grad_accum','1','3c8c999b37a04e2ba60647b531786e67');
INSERT INTO "params" VALUES('config.train.lr','0.0003','3c8c999b37a04e2ba60647b531786e67');
INSERT INTO "params" VALUES('config.train.min_lr','1e-05','3c8c999b37a04e2ba60647b531786e67');
INSERT INTO "params" VALUES('config.train.weight_decay','0.02','3c8c999b37a04e2ba60647b531786e67');
INSERT INTO "params" VALUES('config.train.warmup_steps','10','3c8c999b37a04e2ba60647b531786e67');
INSERT INTO "params" VALUES('config.train.grad_clip','1.0','3c8c999b37a04e2ba60647b531786e67');
INSERT INTO "params" VALUES('config.train.precision','bf16','3c8c999b37a04e2ba60647b531786e67');
INSERT INTO "params" VALUES('config.train.eval_every','0','3c8c999b37a04e2ba60647b531786e67');
INSERT INTO "params" VALUES('config.train.log_every','10','3c8c999b37a04e2ba60647b531786e67');
INSERT INTO "params" VALUES('config.train.checkpoint_every','50','3c8c999b37a04e2ba60647b531786e67');
INSERT INTO "params" VALUES('config.train.loss_reduction','token_mean','3c8c999b37a04e2ba60647b531786e67');
INSERT INTO "params" VALUES('config.train.loss_weight','1.0','3c8c999b37a04e2ba60647b531786e67');
INSERT INTO "params" VALUES('config.train.betas','[0.9, 0.999]','3c8c999b37a04e2ba60647b531786e67');
INSERT INTO "params" VALUES('config.train.eps','1e-08','3c8c999b37a04e2ba60647b531786e67');
INSERT INTO "params" VALUES('config.train.schedule','cosine','3c8c999b37a04e2ba60647b531786e67');
INSERT INTO "params" VALUES('config.train.param_groups','[]','3c8c999b37a04e2ba60647b531786e67');
INSERT INTO "params" VALUES('config.train.loss_tokens','answer','3c8c999b37a04e2ba60647b531786e67');
INSERT INTO "params" VALUES('config.train.label_smoothing','0.0','3c8c999b37a04e2ba60647b531786e67');
INSERT INTO "params" VALUES('config.train.lm_dropout','False','3c8c999b37a04e2ba60647b531786e67');
INSERT INTO "params" VALUES('config.eval.batch_size','64','3c8c999b37a04e2ba60647b531786e67');
INSERT INTO "params" VALUES('config.eval.max_new_tokens','5','3c8c999b37a04e2ba60647b531786e67');
INSERT INTO "params" VALUES('config.eval.num_beams','1','3c8c999b37a04e2ba60647b531786e67');
INSERT INTO "params" VALUES('config.eval.length_penalty','1.0','3c8c999b37a04e2ba60647b531786e67');
INSERT INTO "params" VALUES('config.eval.max_examples','100','3c8c999b37a04e2ba60647b531786e67');
INSERT INTO "params" VALUES('config.eval.val_max_examples','200','3c8c999b37a04e2ba60647b531786e67');
INSERT INTO "params" VALUES('config.data.fraction','0.1','3c8c999b37a04e2ba60647b531786e67');
INSERT INTO "params" VALUES('config.data.data_dir','None','3c8c999b37a04e2ba60647b531786e67');
INSERT INTO "params" VALUES('config.data.val_images','0.1','3c8c999b37a04e2ba60647b531786e67');
INSERT INTO "params" VALUES('config.data.eval_split','None','3c8c999b37a04e2ba60647b531786e67');
INSERT INTO "params" VALUES('config.data.missing_media','error','3c8c999b37a04e2ba60647b531786e67');
INSERT INTO "params" VALUES('config.data.variant','None','3c8c999b37a04e2ba60647b531786e67');
INSERT INTO "params" VALUES('config.data.augment_views','0','3c8c999b37a04e2ba60647b531786e67');
INSERT INTO "params" VALUES('config.data.augmentations','[]','3c8c999b37a04e2ba60647b531786e67');
INSERT INTO "params" VALUES('config.data.feature_norm','auto','3c8c999b37a04e2ba60647b531786e67');
INSERT INTO "params" VALUES('method_config.prompt_length','20','3c8c999b37a04e2ba60647b531786e67');
INSERT INTO "params" VALUES('method_config.prompt_mlp','False','3c8c999b37a04e2ba60647b531786e67');
INSERT INTO "params" VALUES('method_config.prompt_init','embedding_rms','3c8c999b37a04e2ba60647b531786e67');
INSERT INTO "params" VALUES('method_config.feature','grid','3c8c999b37a04e2ba60647b531786e67');
INSERT INTO "params" VALUES('method_config.patch_tokens_only','False','3c8c999b37a04e2ba60647b531786e67');
INSERT INTO "params" VALUES('method_config.feature_map','auto','3c8c999b37a04e2ba60647b531786e67');
INSERT INTO "params" VALUES('method_config.feature_map_seed','0','3c8c999b37a04e2ba60647b531786e67');
INSERT INTO "params" VALUES('method_config.modality_scale','None','3c8c999b37a04e2ba60647b531786e67');
INSERT INTO "params" VALUES('config.method','promptfuse','ddedd3456f374a91ab5516e252359df8');
INSERT INTO "params" VALUES('config.task','easy-vqa','ddedd3456f374a91ab5516e252359df8');
INSERT INTO "params" VALUES('config.lm','smollm2-135m','ddedd3456f374a91ab5516e252359df8');
INSERT INTO "params" VALUES('config.encoder','efficientnet-lite0','ddedd3456f374a91ab5516e252359df8');
INSERT INTO "params" VALUES('config.seed','0','ddedd3456f374a91ab5516e252359df8');
INSERT INTO "params" VALUES('config.output_dir','runs/reference-tune/promptfuse','ddedd3456f374a91ab5516e252359df8');
INSERT INTO "params" VALUES('config.run_name','trial-1','ddedd3456f374a91ab5516e252359df8');
INSERT INTO "params" VALUES('config.cache_dir','None','ddedd3456f374a91ab5516e252359df8');
INSERT INTO "params" VALUES('config.tracking_uri','sqlite:////work/main/runs/reference-tune/mlflow.db','ddedd3456f374a91ab5516e252359df8');
INSERT INTO "params" VALUES('config.experiment','bench-tune','ddedd3456f374a91ab5516e252359df8');
INSERT INTO "params" VALUES('config.recipe','shared','ddedd3456f374a91ab5516e252359df8');
INSERT INTO "params" VALUES('config.method_options','{}','ddedd3456f374a91ab5516e252359df8');
INSERT INTO "params" VALUES('config.train.steps','100','ddedd3456f374a91ab5516e252359df8');
INSERT INTO "params" VALUES('config.train.batch_size','16','ddedd3456f374a91ab5516e252359df8');
INSERT INTO "params" VALUES('config.train.grad_accum','1','ddedd3456f374a91ab5516e252359df8');
INSERT INTO "params" VALUES('config.train.lr','0.001','ddedd3456f374a91ab5516e252359df8');
INSERT INTO "params" VALUES('config.train.min_lr','1e-05','ddedd3456f374a91ab5516e252359df8');
INSERT INTO "params" VALUES('config.train.weight_decay','0.02','ddedd3456f374a91ab5516e252359df8');
INSERT INTO "params" VALUES('config.train.warmup_steps','10','ddedd3456f374a91ab5516e252359df8');
INSERT INTO "params" VALUES('config.train.grad_clip','1.0','ddedd3456f374a91ab5516e252359df8');
INSERT INTO "params" VALUES('config.train.precision','bf16','ddedd3456f374a91ab5516e252359df8');
INSERT INTO "params" VALUES('config.train.eval_every','0','ddedd3456f374a91ab5516e252359df8');
INSERT INTO "params" VALUES('config.train.log_every','10','ddedd3456f374a91ab5516e252359df8');
INSERT INTO "params" VALUES('config.train.checkpoint_every','50','ddedd3456f374a91ab5516e252359df8');
INSERT INTO "params" VALUES('config.train.loss_reduction','token_mean','ddedd3456f374a91ab5516e252359df8');
INSERT INTO "params" VALUES('config.train.loss_weight','1.0','ddedd3456f374a91ab5516e252359df8');
INSERT INTO "params" VALUES('config.train.betas','[0.9, 0.999]','ddedd3456f374a91ab5516e252359df8');
INSERT INTO "params" VALUES('config.train.eps','1e-08','ddedd3456f374a91ab5516e252359df8');
INSERT INTO "params" VALUES('config.train.schedule','cosine','ddedd3456f374a91ab5516e252359df8');
INSERT INTO "params" VALUES('config.train.param_groups','[]','ddedd3456f374a91ab5516e252359df8');
INSERT INTO "params" VALUES('config.train.loss_tokens','answer','ddedd3456f374a91ab5516e252359df8');
INSERT INTO "params" VALUES('config.train.label_smoothing','0.0','ddedd3456f374a91ab5516e252359df8');
INSERT INTO "params" VALUES('config.train.lm_dropout','False','ddedd3456f374a91ab5516e252359df8');
INSERT INTO "params" VALUES('config.eval.batch_size','64','ddedd3456f374a91ab5516e252359df8');
INSERT INTO "params" VALUES('config.eval.max_new_tokens','5','ddedd3456f374a91ab5516e252359df8');
INSERT INTO "params" VALUES('config.eval.num_beams','1','ddedd3456f374a91ab5516e252359df8');
INSERT INTO "params" VALUES('config.eval.length_penalty','1.0','ddedd3456f374a91ab5516e252359df8');
INSERT INTO "params" VALUES('config.eval.max_examples','100','ddedd3456f374a91ab5516e252359df8');
INSERT INTO "params" VALUES('config.eval.val_max_examples','200','ddedd3456f374a91ab5516e252359df8');
INSERT INTO "params" VALUES('config.data.fraction','0.1','ddedd3456f374a91ab5516e252359df8');
INSERT INTO "params" VALUES('config.data.data_dir','None','ddedd3456f374a91ab5516e252359df8');
INSERT INTO "params" VALUES('config.data.val_images','0.1','ddedd3456f374a91ab5516e252359df8');
INSERT INTO "params" VALUES('config.data.eval_split','None','ddedd3456f374a91ab5516e252359df8');
INSERT INTO "params" VALUES('config.data.missing_media','error','ddedd3456f374a91ab5516e252359df8');
INSERT INTO "params" VALUES('config.data.variant','None','ddedd3456f374a91ab5516e252359df8');
INSERT INTO "params" VALUES('config.data.augment_views','0','ddedd3456f374a91ab5516e252359df8');
INSERT INTO "params" VALUES('config.data.augmentations','[]','ddedd3456f374a91ab5516e252359df8');
INSERT INTO "params" VALUES('config.data.feature_norm','auto','ddedd3456f374a91ab5516e252359df8');
INSERT INTO "params" VALUES('method_config.prompt_length','20','ddedd3456f374a91ab5516e252359df8');
INSERT INTO "params" VALUES('method_config.prompt_mlp','False','ddedd3456f374a91ab5516e252359df8');
INSERT INTO "params" VALUES('method_config.prompt_init','embedding_rms','ddedd3456f374a91ab5516e252359df8');
INSERT INTO "params" VALUES('method_config.feature','grid','ddedd3456f374a91ab5516e252359df8');
INSERT INTO "params" VALUES('method_config.patch_tokens_only','False','ddedd3456f374a91ab5516e252359df8');
INSERT INTO "params" VALUES('method_config.feature_map','auto','ddedd3456f374a91ab5516e252359df8');
INSERT INTO "params" VALUES('method_config.feature_map_seed','0','ddedd3456f374a91ab5516e252359df8');
INSERT INTO "params" VALUES('method_config.modality_scale','None','ddedd3456f374a91ab5516e252359df8');
INSERT INTO "params" VALUES('study','tune-lm-block-reinit','4b6f0b0f6edb45d487633158f035b0cf');
INSERT INTO "params" VALUES('config.method','lm-block-reinit','674e2753386c4c3894c557e7e6d9e179');
INSERT INTO "params" VALUES('config.task','easy-vqa','674e2753386c4c3894c557e7e6d9e179');
INSERT INTO "params" VALUES('config.lm','smollm2-135m','674e2753386c4c3894c557e7e6d9e179');
INSERT INTO "params" VALUES('config.encoder','efficientnet-lite0','674e2753386c4c3894c557e7e6d9e179');
INSERT INTO "params" VALUES('config.seed','0','674e2753386c4c3894c557e7e6d9e179');
INSERT INTO "params" VALUES('config.output_dir','runs/reference-tune/lm-block-reinit','674e2753386c4c3894c557e7e6d9e179');
INSERT INTO "params" VALUES('config.run_name','trial-0','674e2753386c4c3894c557e7e6d9e179');
INSERT INTO "params" VALUES('config.cache_dir','None','674e2753386c4c3894c557e7e6d9e179');
INSERT INTO "params" VALUES('config.tracking_uri','sqlite:////work/main/runs/reference-tune/mlflow.db','674e2753386c4c3894c557e7e6d9e179');
INSERT INTO "params" VALUES('config.experiment','bench-tune','674e2753386c4c3894c557e7e6d9e179');
INSERT INTO "params" VALUES('config.recipe','shared','674e2753386c4c3894c557e7e6d9e179');
INSERT INTO "params" VALUES('config.method_options','{}','674e2753386c4c3894c557e7e6d9e179');
INSERT INTO "params" VALUES('config.train.steps','100','674e2753386c4c3894c557e7e6d9e179');
INSERT INTO "params" VALUES('config.train.batch_size','16','674e2753386c4c3894c557e7e6d9e179');
INSERT INTO "params" VALUES('config.train.grad_accum','1','674e2753386c4c3894c557e7e6d9e179');
INSERT INTO "params" VALUES('config.train.lr','0.003','674e2753386c4c3894c557e7e6d9e179');
INSERT INTO "params" VALUES('config.train.min_lr','1e-05','674e2753386c4c3894c557e7e6d9e179');
INSERT INTO "params" VALUES('config.train.weight_decay','0.02','674e2753386c4c3894c557e7e6d9e179');
INSERT INTO "params" VALUES('config.train.warmup_steps','10','674e2753386c4c3894c557e7e6d9e179');
INSERT INTO "params" VALUES('config.train.grad_clip','1.0','674e2753386c4c3894c557e7e6d9e179');
INSERT INTO "params" VALUES('config.train.precision','bf16','674e2753386c4c3894c557e7e6d9e179');
INSERT INTO "params" VALUES('config.train.eval_every','0','674e2753386c4c3894c557e7e6d9e179');
INSERT INTO "params" VALUES('config.train.log_every','10','674e2753386c4c3894c557e7e6d9e179');
INSERT INTO "params" VALUES('config.train.checkpoint_every','50','674e2753386c4c3894c557e7e6d9e179');
INSERT INTO "params" VALUES('config.train.loss_reduction','token_mean','674e2753386c4c3894c557e7e6d9e179');
INSERT INTO "params" VALUES('config.train.loss_weight','1.0','674e2753386c4c3894c557e7e6d9e179');
INSERT INTO "params" VALUES('config.train.betas','[0.9, 0.999]','674e2753386c4c3894c557e7e6d9e179');
INSERT INTO "params" VALUES('config.train.eps','1e-08','674e2753386c4c3894c557e7e6d9e179');
INSERT INTO "params" VALUES('config.train.schedule','cosine','674e2753386c4c3894c557e7e6d9e179');
INSERT INTO "params" VALUES('config.train.param_groups','[]','674e2753386c4c3894c557e7e6d9e179');
INSERT INTO "params" VALUES('config.train.loss_tokens','answer','674e2753386c4c3894c557e7e6d9e179');
INSERT INTO "params" VALUES('config.train.label_smoothing','0.0','674e2753386c4c3894c557e7e6d9e179');
INSERT INTO "params" VALUES('config.train.lm_dropout','False','674e2753386c4c3894c557e7e6d9e179');
INSERT INTO "params" VALUES('config.eval.batch_size','64','674e2753386c4c3894c557e7e6d9e179');
INSERT INTO "params" VALUES('config.eval.max_new_tokens','5','674e2753386c4c3894c557e7e6d9e179');
INSERT INTO "params" VALUES('config.eval.num_beams','1','674e2753386c4c3894c557e7e6d9e179');
INSERT INTO "params" VALUES('config.eval.length_penalty','1.0','674e2753386c4c3894c557e7e6d9e179');
INSERT INTO "params" VALUES('config.eval.max_examples','100','674e2753386c4c3894c557e7e6d9e179');
INSERT INTO "params" VALUES('config.eval.val_max_examples','200','674e2753386c4c3894c557e7e6d9e179');
INSERT INTO "params" VALUES('config.data.fraction','0.1','674e2753386c4c3894c557e7e6d9e179');
INSERT INTO "params" VALUES('config.data.data_dir','None','674e2753386c4c3894c557e7e6d9e179');
INSERT INTO "params" VALUES('config.data.val_images','0.1','674e2753386c4c3894c557e7e6d9e179');
INSERT INTO "params" VALUES('config.data.eval_split','None','674e2753386c4c3894c557e7e6d9e179');
INSERT INTO "params" VALUES('config.data.missing_media','error','674e2753386c4c3894c557e7e6d9e179');
INSERT INTO "params" VALUES('config.data.variant','None','674e2753386c4c3894c557e7e6d9e179');
INSERT INTO "params" VALUES('config.data.augment_views','0','674e2753386c4c3894c557e7e6d9e179');
INSERT INTO "params" VALUES('config.data.augmentations','[]','674e2753386c4c3894c557e7e6d9e179');
INSERT INTO "params" VALUES('config.data.feature_norm','auto','674e2753386c4c3894c557e7e6d9e179');
INSERT INTO "params" VALUES('method_config.block_index','-1','674e2753386c4c3894c557e7e6d9e179');
INSERT INTO "params" VALUES('method_config.input_norm','True','674e2753386c4c3894c557e7e6d9e179');
INSERT INTO "params" VALUES('method_config.patch_tokens_only','False','674e2753386c4c3894c557e7e6d9e179');
INSERT INTO "params" VALUES('method_config.norm_eps','1e-06','674e2753386c4c3894c557e7e6d9e179');
INSERT INTO "params" VALUES('method_config.reinit','True','674e2753386c4c3894c557e7e6d9e179');
INSERT INTO "params" VALUES('method_config.reinit_seed','0','674e2753386c4c3894c557e7e6d9e179');
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
INSERT INTO "runs" VALUES('49115958788e488f8e0243b14908a598','tune-resampler','UNKNOWN','','','unknown','FINISHED',1796209876936,1796211623206,'','active','file:///work/main/runs/reference-tune/mlartifacts/49115958788e488f8e0243b14908a598/artifacts',1,NULL);
INSERT INTO "runs" VALUES('221e644320824cfe8715acfb34cc0880','tune-depalm-qp','UNKNOWN','','','unknown','FINISHED',1796209896290,1796211365602,'','active','file:///work/main/runs/reference-tune/mlartifacts/221e644320824cfe8715acfb34cc0880/artifacts',1,NULL);
INSERT INTO "runs" VALUES('8b334a41a0f442c3a9f39e9dea3a41fe','trial-0','UNKNOWN','','','unknown','FINISHED',1796209941385,1796210603655,'','active','file:///work/main/runs/reference-tune/mlartifacts/8b334a41a0f442c3a9f39e9dea3a41fe/artifacts',1,NULL);
INSERT INTO "runs" VALUES('90a047bd2e8e4289ae0f75abe2467960','trial-0','UNKNOWN','','','unknown','FINISHED',1796209951010,1796210485295,'','active','file:///work/main/runs/reference-tune/mlartifacts/90a047bd2e8e4289ae0f75abe2467960/artifacts',1,NULL);
INSERT INTO "runs" VALUES('96ddc8b7413342a2aa9ec0883288afaf','trial-1','UNKNOWN','','','unknown','FINISHED',1796210490137,1796210924735,'','active','file:///work/main/runs/reference-tune/mlartifacts/96ddc8b7413342a2aa9ec0883288afaf/artifacts',1,NULL);
INSERT INTO "runs" VALUES('32c085756637483483aa3b844f3a51e4','trial-1','UNKNOWN','','','unknown','FINISHED',1796210608361,1796211154078,'','active','file:///work/main/runs/reference-tune/mlartifacts/32c085756637483483aa3b844f3a51e4/artifacts',1,NULL);
INSERT INTO "runs" VALUES('68b1e038025d459bb9f544d7270dfa58','trial-2','UNKNOWN','','','unknown','FINISHED',1796210927531,1796211365456,'','active','file:///work/main/runs/reference-tune/mlartifacts/68b1e038025d459bb9f544d7270dfa58/artifacts',1,NULL);
INSERT INTO "runs" VALUES('8a0c8265ea7d40dfbe6d4d0bfa871895','trial-2','UNKNOWN','','','unknown','FINISHED',1796211157897,1796211623089,'','active','file:///work/main/runs/reference-tune/mlartifacts/8a0c8265ea7d40dfbe6d4d0bfa871895/artifacts',1,NULL);
INSERT INTO "runs" VALUES('baafa2031c4c42a3ae92ff8ecd362281','tune-c-abstractor','UNKNOWN','','','unknown','FINISHED',1796211365661,1796211859847,'','active','file:///work/main/runs/reference-tune/mlartifacts/baafa2031c4c42a3ae92ff8ecd362281/artifacts',1,NULL);
INSERT INTO "runs" VALUES('78e28a8c61ae428391ebb7b69bfc329b','trial-0','UNKNOWN','','','unknown','FINISHED',1796211369161,1796211538204,'','active','file:///work/main/runs/reference-tune/mlartifacts/78e28a8c61ae428391ebb7b69bfc329b/artifacts',1,NULL);
INSERT INTO "runs" VALUES('aa68852e17ab4e48bd81ff1aac61d926','trial-1','UNKNOWN','','','unknown','FINISHED',1796211541017,1796211701759,'','active','file:///work/main/runs/reference-tune/mlartifacts/aa68852e17ab4e48bd81ff1aac61d926/artifacts',1,NULL);
INSERT INTO "runs" VALUES('a17a0d8a419248d398b52965cf2d2720','tune-llava-mlp','UNKNOWN','','','unknown','FINISHED',1796211623253,1796212524980,'','active','file:///work/main/runs/reference-tune/mlartifacts/a17a0d8a419248d398b52965cf2d2720/artifacts',1,NULL);
INSERT INTO "runs" VALUES('009ae9300aeb4895b78e31ca8466eaf3','trial-0','UNKNOWN','','','unknown','FINISHED',1796211626385,1796211923085,'','active','file:///work/main/runs/reference-tune/mlartifacts/009ae9300aeb4895b78e31ca8466eaf3/artifacts',1,NULL);
INSERT INTO "runs" VALUES('9210d09b92f84befbce7116ef9bbffd7','trial-2','UNKNOWN','','','unknown','FINISHED',1796211704307,1796211859744,'','active','file:///work/main/runs/reference-tune/mlartifacts/9210d09b92f84befbce7116ef9bbffd7/artifacts',1,NULL);
INSERT INTO "runs" VALUES('c6990d8a95bb4aa9b9d338f8de220057','tune-promptfuse-blind','UNKNOWN','','','unknown','FINISHED',1796211859884,1796213056201,'','active','file:///work/main/runs/reference-tune/mlartifacts/c6990d8a95bb4aa9b9d338f8de220057/artifacts',1,NULL);
INSERT INTO "runs" VALUES('945d072f7e5349988202f5fad632344d','trial-0','UNKNOWN','','','unknown','FINISHED',1796211862505,1796212253160,'','active','file:///work/main/runs/reference-tune/mlartifacts/945d072f7e5349988202f5fad632344d/artifacts',1,NULL);
INSERT INTO "runs" VALUES('c43347dc083141b78a6d0081e24bce32','trial-1','UNKNOWN','','','unknown','FINISHED',1796211926118,1796212225412,'','active','file:///work/main/runs/reference-tune/mlartifacts/c43347dc083141b78a6d0081e24bce32/artifacts',1,NULL);
INSERT INTO "runs" VALUES('bd0b44840ec046edbc0e15d610620466','trial-2','UNKNOWN','','','unknown','FINISHED',1796212228661,1796212524881,'','active','file:///work/main/runs/reference-tune/mlartifacts/bd0b44840ec046edbc0e15d610620466/artifacts',1,NULL);
INSERT INTO "runs" VALUES('6b4a8667fe3c45a4b25417272c596b35','trial-1','UNKNOWN','','','unknown','FINISHED',1796212255910,1796212645565,'','active','file:///work/main/runs/reference-tune/mlartifacts/6b4a8667fe3c45a4b25417272c596b35/artifacts',1,NULL);
INSERT INTO "runs" VALUES('e226caed579b44e7805aa89a6ec59266','tune-promptfuse','UNKNOWN','','','unknown','RUNNING',1796212525016,NULL,'','active','file:///work/main/runs/reference-tune/mlartifacts/e226caed579b44e7805aa89a6ec59266/artifacts',1,NULL);
INSERT INTO "runs" VALUES('6077cd197f264fbabf7b4518c2e3cebb','trial-0','UNKNOWN','','','unknown','FINISHED',1796212527709,1796212928088,'','active','file:///work/main/runs/reference-tune/mlartifacts/6077cd197f264fbabf7b4518c2e3cebb/artifacts',1,NULL);
INSERT INTO "runs" VALUES('3c8c999b37a04e2ba60647b531786e67','trial-2','UNKNOWN','','','unknown','FINISHED',1796212649752,1796213056086,'','active','file:///work/main/runs/reference-tune/mlartifacts/3c8c999b37a04e2ba60647b531786e67/artifacts',1,NULL);
INSERT INTO "runs" VALUES('ddedd3456f374a91ab5516e252359df8','trial-1','UNKNOWN','','','unknown','RUNNING',1796212931383,NULL,'','active','file:///work/main/runs/reference-tune/mlartifacts/ddedd3456f374a91ab5516e252359df8/artifacts',1,NULL);
INSERT INTO "runs" VALUES('4b6f0b0f6edb45d487633158f035b0cf','tune-lm-block-reinit','UNKNOWN','','','unknown','RUNNING',1796213056243,NULL,'','active','file:///work/main/runs/reference-tune/mlartifacts/4b6f0b0f6edb45d487633158f035b0cf/artifacts',1,NULL);
INSERT INTO "runs" VALUES('674e2753386c4c3894c557e7e6d9e179','trial-0','UNKNOWN','','','unknown','RUNNING',1796213058993,NULL,'','active','file:///work/main/runs/reference-tune/mlartifacts/674e2753386c4c3894c557e7e6d9e179/artifacts',1,NULL);
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
INSERT INTO "tags" VALUES('best.train.lr','0.0003','221e644320824cfe8715acfb34cc0880');
INSERT INTO "tags" VALUES('mlflow.runName','tune-c-abstractor','baafa2031c4c42a3ae92ff8ecd362281');
INSERT INTO "tags" VALUES('git.commit','87e7c1fa018ec42065b361bfac5eb9a86ae51342','baafa2031c4c42a3ae92ff8ecd362281');
INSERT INTO "tags" VALUES('git.dirty','True','baafa2031c4c42a3ae92ff8ecd362281');
INSERT INTO "tags" VALUES('hostname','vm','baafa2031c4c42a3ae92ff8ecd362281');
INSERT INTO "tags" VALUES('mlflow.source.git.commit','87e7c1fa018ec42065b361bfac5eb9a86ae51342','baafa2031c4c42a3ae92ff8ecd362281');
INSERT INTO "tags" VALUES('version.torch','2.14.1','baafa2031c4c42a3ae92ff8ecd362281');
INSERT INTO "tags" VALUES('version.transformers','5.24.0','baafa2031c4c42a3ae92ff8ecd362281');
INSERT INTO "tags" VALUES('version.timm','1.0.31','baafa2031c4c42a3ae92ff8ecd362281');
INSERT INTO "tags" VALUES('version.accelerate','1.15.0','baafa2031c4c42a3ae92ff8ecd362281');
INSERT INTO "tags" VALUES('version.mlflow','3.17.2','baafa2031c4c42a3ae92ff8ecd362281');
INSERT INTO "tags" VALUES('version.safetensors','0.8.0','baafa2031c4c42a3ae92ff8ecd362281');
INSERT INTO "tags" VALUES('version.numpy','2.4.6','baafa2031c4c42a3ae92ff8ecd362281');
INSERT INTO "tags" VALUES('version.python','3.11.7','baafa2031c4c42a3ae92ff8ecd362281');
INSERT INTO "tags" VALUES('hardware.gpus','none','baafa2031c4c42a3ae92ff8ecd362281');
INSERT INTO "tags" VALUES('hardware.torch_threads','1','baafa2031c4c42a3ae92ff8ecd362281');
INSERT INTO "tags" VALUES('tune.study','tune-c-abstractor','baafa2031c4c42a3ae92ff8ecd362281');
INSERT INTO "tags" VALUES('tune.role','study','baafa2031c4c42a3ae92ff8ecd362281');
INSERT INTO "tags" VALUES('mlflow.runName','trial-0','78e28a8c61ae428391ebb7b69bfc329b');
INSERT INTO "tags" VALUES('git.commit','87e7c1fa018ec42065b361bfac5eb9a86ae51342','78e28a8c61ae428391ebb7b69bfc329b');
INSERT INTO "tags" VALUES('git.dirty','True','78e28a8c61ae428391ebb7b69bfc329b');
INSERT INTO "tags" VALUES('hostname','vm','78e28a8c61ae428391ebb7b69bfc329b');
INSERT INTO "tags" VALUES('mlflow.source.git.commit','87e7c1fa018ec42065b361bfac5eb9a86ae51342','78e28a8c61ae428391ebb7b69bfc329b');
INSERT INTO "tags" VALUES('version.torch','2.14.1','78e28a8c61ae428391ebb7b69bfc329b');
INSERT INTO "tags" VALUES('version.transformers','5.24.0','78e28a8c61ae428391ebb7b69bfc329b');
INSERT INTO "tags" VALUES('version.timm','1.0.31','78e28a8c61ae428391ebb7b69bfc329b');
INSERT INTO "tags" VALUES('version.accelerate','1.15.0','78e28a8c61ae428391ebb7b69bfc329b');
INSERT INTO "tags" VALUES('version.mlflow','3.17.2','78e28a8c61ae428391ebb7b69bfc329b');
INSERT INTO "tags" VALUES('version.safetensors','0.8.0','78e28a8c61ae428391ebb7b69bfc329b');
INSERT INTO "tags" VALUES('version.numpy','2.4.6','78e28a8c61ae428391ebb7b69bfc329b');
INSERT INTO "tags" VALUES('version.python','3.11.7','78e28a8c61ae428391ebb7b69bfc329b');
INSERT INTO "tags" VALUES('hardware.gpus','none','78e28a8c61ae428391ebb7b69bfc329b');
INSERT INTO "tags" VALUES('hardware.torch_threads','1','78e28a8c61ae428391ebb7b69bfc329b');
INSERT INTO "tags" VALUES('method','c-abstractor','78e28a8c61ae428391ebb7b69bfc329b');
INSERT INTO "tags" VALUES('task','easy-vqa','78e28a8c61ae428391ebb7b69bfc329b');
INSERT INTO "tags" VALUES('lm','smollm2-135m','78e28a8c61ae428391ebb7b69bfc329b');
INSERT INTO "tags" VALUES('encoder','efficientnet-lite0','78e28a8c61ae428391ebb7b69bfc329b');
INSERT INTO "tags" VALUES('metric','vqa_accuracy','78e28a8c61ae428391ebb7b69bfc329b');
INSERT INTO "tags" VALUES('data_fraction','0.1','78e28a8c61ae428391ebb7b69bfc329b');
INSERT INTO "tags" VALUES('seed','0','78e28a8c61ae428391ebb7b69bfc329b');
INSERT INTO "tags" VALUES('tune.study','tune-c-abstractor','78e28a8c61ae428391ebb7b69bfc329b');
INSERT INTO "tags" VALUES('tune.trial','0','78e28a8c61ae428391ebb7b69bfc329b');
INSERT INTO "tags" VALUES('encoder_regime','frozen','78e28a8c61ae428391ebb7b69bfc329b');
INSERT INTO "tags" VALUES('mlflow.parentRunId','baafa2031c4c42a3ae92ff8ecd362281','78e28a8c61ae428391ebb7b69bfc329b');
INSERT INTO "tags" VALUES('mlflow.runName','trial-1','aa68852e17ab4e48bd81ff1aac61d926');
INSERT INTO "tags" VALUES('git.commit','87e7c1fa018ec42065b361bfac5eb9a86ae51342','aa68852e17ab4e48bd81ff1aac61d926');
INSERT INTO "tags" VALUES('git.dirty','True','aa68852e17ab4e48bd81ff1aac61d926');
INSERT INTO "tags" VALUES('hostname','vm','aa68852e17ab4e48bd81ff1aac61d926');
INSERT INTO "tags" VALUES('mlflow.source.git.commit','87e7c1fa018ec42065b361bfac5eb9a86ae51342','aa68852e17ab4e48bd81ff1aac61d926');
INSERT INTO "tags" VALUES('version.torch','2.14.1','aa68852e17ab4e48bd81ff1aac61d926');
INSERT INTO "tags" VALUES('version.transformers','5.24.0','aa68852e17ab4e48bd81ff1aac61d926');
INSERT INTO "tags" VALUES('version.timm','1.0.31','aa68852e17ab4e48bd81ff1aac61d926');
INSERT INTO "tags" VALUES('version.accelerate','1.15.0','aa68852e17ab4e48bd81ff1aac61d926');
INSERT INTO "tags" VALUES('version.mlflow','3.17.2','aa68852e17ab4e48bd81ff1aac61d926');
INSERT INTO "tags" VALUES('version.safetensors','0.8.0','aa68852e17ab4e48bd81ff1aac61d926');
INSERT INTO "tags" VALUES('version.numpy','2.4.6','aa68852e17ab4e48bd81ff1aac61d926');
INSERT INTO "tags" VALUES('version.python','3.11.7','aa68852e17ab4e48bd81ff1aac61d926');
INSERT INTO "tags" VALUES('hardware.gpus','none','aa68852e17ab4e48bd81ff1aac61d926');
INSERT INTO "tags" VALUES('hardware.torch_threads','1','aa68852e17ab4e48bd81ff1aac61d926');
INSERT INTO "tags" VALUES('method','c-abstractor','aa68852e17ab4e48bd81ff1aac61d926');
INSERT INTO "tags" VALUES('task','easy-vqa','aa68852e17ab4e48bd81ff1aac61d926');
INSERT INTO "tags" VALUES('lm','smollm2-135m','aa68852e17ab4e48bd81ff1aac61d926');
INSERT INTO "tags" VALUES('encoder','efficientnet-lite0','aa68852e17ab4e48bd81ff1aac61d926');
INSERT INTO "tags" VALUES('metric','vqa_accuracy','aa68852e17ab4e48bd81ff1aac61d926');
INSERT INTO "tags" VALUES('data_fraction','0.1','aa68852e17ab4e48bd81ff1aac61d926');
INSERT INTO "tags" VALUES('seed','0','aa68852e17ab4e48bd81ff1aac61d926');
INSERT INTO "tags" VALUES('tune.study','tune-c-abstractor','aa68852e17ab4e48bd81ff1aac61d926');
INSERT INTO "tags" VALUES('tune.trial','1','aa68852e17ab4e48bd81ff1aac61d926');
INSERT INTO "tags" VALUES('encoder_regime','frozen','aa68852e17ab4e48bd81ff1aac61d926');
INSERT INTO "tags" VALUES('mlflow.parentRunId','baafa2031c4c42a3ae92ff8ecd362281','aa68852e17ab4e48bd81ff1aac61d926');
INSERT INTO "tags" VALUES('best.train.lr','0.0003','49115958788e488f8e0243b14908a598');
INSERT INTO "tags" VALUES('mlflow.runName','tune-llava-mlp','a17a0d8a419248d398b52965cf2d2720');
INSERT INTO "tags" VALUES('git.commit','87e7c1fa018ec42065b361bfac5eb9a86ae51342','a17a0d8a419248d398b52965cf2d2720');
INSERT INTO "tags" VALUES('git.dirty','True','a17a0d8a419248d398b52965cf2d2720');
INSERT INTO "tags" VALUES('hostname','vm','a17a0d8a419248d398b52965cf2d2720');
INSERT INTO "tags" VALUES('mlflow.source.git.commit','87e7c1fa018ec42065b361bfac5eb9a86ae51342','a17a0d8a419248d398b52965cf2d2720');
INSERT INTO "tags" VALUES('version.torch','2.14.1','a17a0d8a419248d398b52965cf2d2720');
INSERT INTO "tags" VALUES('version.transformers','5.24.0','a17a0d8a419248d398b52965cf2d2720');
INSERT INTO "tags" VALUES('version.timm','1.0.31','a17a0d8a419248d398b52965cf2d2720');
INSERT INTO "tags" VALUES('version.accelerate','1.15.0','a17a0d8a419248d398b52965cf2d2720');
INSERT INTO "tags" VALUES('version.mlflow','3.17.2','a17a0d8a419248d398b52965cf2d2720');
INSERT INTO "tags" VALUES('version.safetensors','0.8.0','a17a0d8a419248d398b52965cf2d2720');
INSERT INTO "tags" VALUES('version.numpy','2.4.6','a17a0d8a419248d398b52965cf2d2720');
INSERT INTO "tags" VALUES('version.python','3.11.7','a17a0d8a419248d398b52965cf2d2720');
INSERT INTO "tags" VALUES('hardware.gpus','none','a17a0d8a419248d398b52965cf2d2720');
INSERT INTO "tags" VALUES('hardware.torch_threads','1','a17a0d8a419248d398b52965cf2d2720');
INSERT INTO "tags" VALUES('tune.study','tune-llava-mlp','a17a0d8a419248d398b52965cf2d2720');
INSERT INTO "tags" VALUES('tune.role','study','a17a0d8a419248d398b52965cf2d2720');
INSERT INTO "tags" VALUES('mlflow.runName','trial-0','009ae9300aeb4895b78e31ca8466eaf3');
INSERT INTO "tags" VALUES('git.commit','87e7c1fa018ec42065b361bfac5eb9a86ae51342','009ae9300aeb4895b78e31ca8466eaf3');
INSERT INTO "tags" VALUES('git.dirty','True','009ae9300aeb4895b78e31ca8466eaf3');
INSERT INTO "tags" VALUES('hostname','vm','009ae9300aeb4895b78e31ca8466eaf3');
INSERT INTO "tags" VALUES('mlflow.source.git.commit','87e7c1fa018ec42065b361bfac5eb9a86ae51342','009ae9300aeb4895b78e31ca8466eaf3');
INSERT INTO "tags" VALUES('version.torch','2.14.1','009ae9300aeb4895b78e31ca8466eaf3');
INSERT INTO "tags" VALUES('version.transformers','5.24.0','009ae9300aeb4895b78e31ca8466eaf3');
INSERT INTO "tags" VALUES('version.timm','1.0.31','009ae9300aeb4895b78e31ca8466eaf3');
INSERT INTO "tags" VALUES('version.accelerate','1.15.0','009ae9300aeb4895b78e31ca8466eaf3');
INSERT INTO "tags" VALUES('version.mlflow','3.17.2','009ae9300aeb4895b78e31ca8466eaf3');
INSERT INTO "tags" VALUES('version.safetensors','0.8.0','009ae9300aeb4895b78e31ca8466eaf3');
INSERT INTO "tags" VALUES('version.numpy','2.4.6','009ae9300aeb4895b78e31ca8466eaf3');
INSERT INTO "tags" VALUES('version.python','3.11.7','009ae9300aeb4895b78e31ca8466eaf3');
INSERT INTO "tags" VALUES('hardware.gpus','none','009ae9300aeb4895b78e31ca8466eaf3');
INSERT INTO "tags" VALUES('hardware.torch_threads','1','009ae9300aeb4895b78e31ca8466eaf3');
INSERT INTO "tags" VALUES('method','llava-mlp','009ae9300aeb4895b78e31ca8466eaf3');
INSERT INTO "tags" VALUES('task','easy-vqa','009ae9300aeb4895b78e31ca8466eaf3');
INSERT INTO "tags" VALUES('lm','smollm2-135m','009ae9300aeb4895b78e31ca8466eaf3');
INSERT INTO "tags" VALUES('encoder','efficientnet-lite0','009ae9300aeb4895b78e31ca8466eaf3');
INSERT INTO "tags" VALUES('metric','vqa_accuracy','009ae9300aeb4895b78e31ca8466eaf3');
INSERT INTO "tags" VALUES('data_fraction','0.1','009ae9300aeb4895b78e31ca8466eaf3');
INSERT INTO "tags" VALUES('seed','0','009ae9300aeb4895b78e31ca8466eaf3');
INSERT INTO "tags" VALUES('tune.study','tune-llava-mlp','009ae9300aeb4895b78e31ca8466eaf3');
INSERT INTO "tags" VALUES('tune.trial','0','009ae9300aeb4895b78e31ca8466eaf3');
INSERT INTO "tags" VALUES('encoder_regime','frozen','009ae9300aeb4895b78e31ca8466eaf3');
INSERT INTO "tags" VALUES('mlflow.parentRunId','a17a0d8a419248d398b52965cf2d2720','009ae9300aeb4895b78e31ca8466eaf3');
INSERT INTO "tags" VALUES('mlflow.runName','trial-2','9210d09b92f84befbce7116ef9bbffd7');
INSERT INTO "tags" VALUES('git.commit','87e7c1fa018ec42065b361bfac5eb9a86ae51342','9210d09b92f84befbce7116ef9bbffd7');
INSERT INTO "tags" VALUES('git.dirty','True','9210d09b92f84befbce7116ef9bbffd7');
INSERT INTO "tags" VALUES('hostname','vm','9210d09b92f84befbce7116ef9bbffd7');
INSERT INTO "tags" VALUES('mlflow.source.git.commit','87e7c1fa018ec42065b361bfac5eb9a86ae51342','9210d09b92f84befbce7116ef9bbffd7');
INSERT INTO "tags" VALUES('version.torch','2.14.1','9210d09b92f84befbce7116ef9bbffd7');
INSERT INTO "tags" VALUES('version.transformers','5.24.0','9210d09b92f84befbce7116ef9bbffd7');
INSERT INTO "tags" VALUES('version.timm','1.0.31','9210d09b92f84befbce7116ef9bbffd7');
INSERT INTO "tags" VALUES('version.accelerate','1.15.0','9210d09b92f84befbce7116ef9bbffd7');
INSERT INTO "tags" VALUES('version.mlflow','3.17.2','9210d09b92f84befbce7116ef9bbffd7');
INSERT INTO "tags" VALUES('version.safetensors','0.8.0','9210d09b92f84befbce7116ef9bbffd7');
INSERT INTO "tags" VALUES('version.numpy','2.4.6','9210d09b92f84befbce7116ef9bbffd7');
INSERT INTO "tags" VALUES('version.python','3.11.7','9210d09b92f84befbce7116ef9bbffd7');
INSERT INTO "tags" VALUES('hardware.gpus','none','9210d09b92f84befbce7116ef9bbffd7');
INSERT INTO "tags" VALUES('hardware.torch_threads','1','9210d09b92f84befbce7116ef9bbffd7');
INSERT INTO "tags" VALUES('method','c-abstractor','9210d09b92f84befbce7116ef9bbffd7');
INSERT INTO "tags" VALUES('task','easy-vqa','9210d09b92f84befbce7116ef9bbffd7');
INSERT INTO "tags" VALUES('lm','smollm2-135m','9210d09b92f84befbce7116ef9bbffd7');
INSERT INTO "tags" VALUES('encoder','efficientnet-lite0','9210d09b92f84befbce7116ef9bbffd7');
INSERT INTO "tags" VALUES('metric','vqa_accuracy','9210d09b92f84befbce7116ef9bbffd7');
INSERT INTO "tags" VALUES('data_fraction','0.1','9210d09b92f84befbce7116ef9bbffd7');
INSERT INTO "tags" VALUES('seed','0','9210d09b92f84befbce7116ef9bbffd7');
INSERT INTO "tags" VALUES('tune.study','tune-c-abstractor','9210d09b92f84befbce7116ef9bbffd7');
INSERT INTO "tags" VALUES('tune.trial','2','9210d09b92f84befbce7116ef9bbffd7');
INSERT INTO "tags" VALUES('encoder_regime','frozen','9210d09b92f84befbce7116ef9bbffd7');
INSERT INTO "tags" VALUES('mlflow.parentRunId','baafa2031c4c42a3ae92ff8ecd362281','9210d09b92f84befbce7116ef9bbffd7');
INSERT INTO "tags" VALUES('best.train.lr','0.0003','baafa2031c4c42a3ae92ff8ecd362281');
INSERT INTO "tags" VALUES('mlflow.runName','tune-promptfuse-blind','c6990d8a95bb4aa9b9d338f8de220057');
INSERT INTO "tags" VALUES('git.commit','87e7c1fa018ec42065b361bfac5eb9a86ae51342','c6990d8a95bb4aa9b9d338f8de220057');
INSERT INTO "tags" VALUES('git.dirty','True','c6990d8a95bb4aa9b9d338f8de220057');
INSERT INTO "tags" VALUES('hostname','vm','c6990d8a95bb4aa9b9d338f8de220057');
INSERT INTO "tags" VALUES('mlflow.source.git.commit','87e7c1fa018ec42065b361bfac5eb9a86ae51342','c6990d8a95bb4aa9b9d338f8de220057');
INSERT INTO "tags" VALUES('version.torch','2.14.1','c6990d8a95bb4aa9b9d338f8de220057');
INSERT INTO "tags" VALUES('version.transformers','5.24.0','c6990d8a95bb4aa9b9d338f8de220057');
INSERT INTO "tags" VALUES('version.timm','1.0.31','c6990d8a95bb4aa9b9d338f8de220057');
INSERT INTO "tags" VALUES('version.accelerate','1.15.0','c6990d8a95bb4aa9b9d338f8de220057');
INSERT INTO "tags" VALUES('version.mlflow','3.17.2','c6990d8a95bb4aa9b9d338f8de220057');
INSERT INTO "tags" VALUES('version.safetensors','0.8.0','c6990d8a95bb4aa9b9d338f8de220057');
INSERT INTO "tags" VALUES('version.numpy','2.4.6','c6990d8a95bb4aa9b9d338f8de220057');
INSERT INTO "tags" VALUES('version.python','3.11.7','c6990d8a95bb4aa9b9d338f8de220057');
INSERT INTO "tags" VALUES('hardware.gpus','none','c6990d8a95bb4aa9b9d338f8de220057');
INSERT INTO "tags" VALUES('hardware.torch_threads','1','c6990d8a95bb4aa9b9d338f8de220057');
INSERT INTO "tags" VALUES('tune.study','tune-promptfuse-blind','c6990d8a95bb4aa9b9d338f8de220057');
INSERT INTO "tags" VALUES('tune.role','study','c6990d8a95bb4aa9b9d338f8de220057');
INSERT INTO "tags" VALUES('mlflow.runName','trial-0','945d072f7e5349988202f5fad632344d');
INSERT INTO "tags" VALUES('git.commit','87e7c1fa018ec42065b361bfac5eb9a86ae51342','945d072f7e5349988202f5fad632344d');
INSERT INTO "tags" VALUES('git.dirty','True','945d072f7e5349988202f5fad632344d');
INSERT INTO "tags" VALUES('hostname','vm','945d072f7e5349988202f5fad632344d');
INSERT INTO "tags" VALUES('mlflow.source.git.commit','87e7c1fa018ec42065b361bfac5eb9a86ae51342','945d072f7e5349988202f5fad632344d');
INSERT INTO "tags" VALUES('version.torch','2.14.1','945d072f7e5349988202f5fad632344d');
INSERT INTO "tags" VALUES('version.transformers','5.24.0','945d072f7e5349988202f5fad632344d');
INSERT INTO "tags" VALUES('version.timm','1.0.31','945d072f7e5349988202f5fad632344d');
INSERT INTO "tags" VALUES('version.accelerate','1.15.0','945d072f7e5349988202f5fad632344d');
INSERT INTO "tags" VALUES('version.mlflow','3.17.2','945d072f7e5349988202f5fad632344d');
INSERT INTO "tags" VALUES('version.safetensors','0.8.0','945d072f7e5349988202f5fad632344d');
INSERT INTO "tags" VALUES('version.numpy','2.4.6','945d072f7e5349988202f5fad632344d');
INSERT INTO "tags" VALUES('version.python','3.11.7','945d072f7e5349988202f5fad632344d');
INSERT INTO "tags" VALUES('hardware.gpus','none','945d072f7e5349988202f5fad632344d');
INSERT INTO "tags" VALUES('hardware.torch_threads','1','945d072f7e5349988202f5fad632344d');
INSERT INTO "tags" VALUES('method','promptfuse-blind','945d072f7e5349988202f5fad632344d');
INSERT INTO "tags" VALUES('task','easy-vqa','945d072f7e5349988202f5fad632344d');
INSERT INTO "tags" VALUES('lm','smollm2-135m','945d072f7e5349988202f5fad632344d');
INSERT INTO "tags" VALUES('encoder','efficientnet-lite0','945d072f7e5349988202f5fad632344d');
INSERT INTO "tags" VALUES('metric','vqa_accuracy','945d072f7e5349988202f5fad632344d');
INSERT INTO "tags" VALUES('data_fraction','0.1','945d072f7e5349988202f5fad632344d');
INSERT INTO "tags" VALUES('seed','0','945d072f7e5349988202f5fad632344d');
INSERT INTO "tags" VALUES('tune.study','tune-promptfuse-blind','945d072f7e5349988202f5fad632344d');
INSERT INTO "tags" VALUES('tune.trial','0','945d072f7e5349988202f5fad632344d');
INSERT INTO "tags" VALUES('encoder_regime','frozen','945d072f7e5349988202f5fad632344d');
INSERT INTO "tags" VALUES('mlflow.parentRunId','c6990d8a95bb4aa9b9d338f8de220057','945d072f7e5349988202f5fad632344d');
INSERT INTO "tags" VALUES('mlflow.runName','trial-1','c43347dc083141b78a6d0081e24bce32');
INSERT INTO "tags" VALUES('git.commit','87e7c1fa018ec42065b361bfac5eb9a86ae51342','c43347dc083141b78a6d0081e24bce32');
INSERT INTO "tags" VALUES('git.dirty','True','c43347dc083141b78a6d0081e24bce32');
INSERT INTO "tags" VALUES('hostname','vm','c43347dc083141b78a6d0081e24bce32');
INSERT INTO "tags" VALUES('mlflow.source.git.commit','87e7c1fa018ec42065b361bfac5eb9a86ae51342','c43347dc083141b78a6d0081e24bce32');
INSERT INTO "tags" VALUES('version.torch','2.14.1','c43347dc083141b78a6d0081e24bce32');
INSERT INTO "tags" VALUES('version.transformers','5.24.0','c43347dc083141b78a6d0081e24bce32');
INSERT INTO "tags" VALUES('version.timm','1.0.31','c43347dc083141b78a6d0081e24bce32');
INSERT INTO "tags" VALUES('version.accelerate','1.15.0','c43347dc083141b78a6d0081e24bce32');
INSERT INTO "tags" VALUES('version.mlflow','3.17.2','c43347dc083141b78a6d0081e24bce32');
INSERT INTO "tags" VALUES('version.safetensors','0.8.0','c43347dc083141b78a6d0081e24bce32');
INSERT INTO "tags" VALUES('version.numpy','2.4.6','c43347dc083141b78a6d0081e24bce32');
INSERT INTO "tags" VALUES('version.python','3.11.7','c43347dc083141b78a6d0081e24bce32');
INSERT INTO "tags" VALUES('hardware.gpus','none','c43347dc083141b78a6d0081e24bce32');
INSERT INTO "tags" VALUES('hardware.torch_threads','1','c43347dc083141b78a6d0081e24bce32');
INSERT INTO "tags" VALUES('method','llava-mlp','c43347dc083141b78a6d0081e24bce32');
INSERT INTO "tags" VALUES('task','easy-vqa','c43347dc083141b78a6d0081e24bce32');
INSERT INTO "tags" VALUES('lm','smollm2-135m','c43347dc083141b78a6d0081e24bce32');
INSERT INTO "tags" VALUES('encoder','efficientnet-lite0','c43347dc083141b78a6d0081e24bce32');
INSERT INTO "tags" VALUES('metric','vqa_accuracy','c43347dc083141b78a6d0081e24bce32');
INSERT INTO "tags" VALUES('data_fraction','0.1','c43347dc083141b78a6d0081e24bce32');
INSERT INTO "tags" VALUES('seed','0','c43347dc083141b78a6d0081e24bce32');
INSERT INTO "tags" VALUES('tune.study','tune-llava-mlp','c43347dc083141b78a6d0081e24bce32');
INSERT INTO "tags" VALUES('tune.trial','1','c43347dc083141b78a6d0081e24bce32');
INSERT INTO "tags" VALUES('encoder_regime','frozen','c43347dc083141b78a6d0081e24bce32');
INSERT INTO "tags" VALUES('mlflow.parentRunId','a17a0d8a419248d398b52965cf2d2720','c43347dc083141b78a6d0081e24bce32');
INSERT INTO "tags" VALUES('mlflow.runName','trial-2','bd0b44840ec046edbc0e15d610620466');
INSERT INTO "tags" VALUES('git.commit','87e7c1fa018ec42065b361bfac5eb9a86ae51342','bd0b44840ec046edbc0e15d610620466');
INSERT INTO "tags" VALUES('git.dirty','True','bd0b44840ec046edbc0e15d610620466');
INSERT INTO "tags" VALUES('hostname','vm','bd0b44840ec046edbc0e15d610620466');
INSERT INTO "tags" VALUES('mlflow.source.git.commit','87e7c1fa018ec42065b361bfac5eb9a86ae51342','bd0b44840ec046edbc0e15d610620466');
INSERT INTO "tags" VALUES('version.torch','2.14.1','bd0b44840ec046edbc0e15d610620466');
INSERT INTO "tags" VALUES('version.transformers','5.24.0','bd0b44840ec046edbc0e15d610620466');
INSERT INTO "tags" VALUES('version.timm','1.0.31','bd0b44840ec046edbc0e15d610620466');
INSERT INTO "tags" VALUES('version.accelerate','1.15.0','bd0b44840ec046edbc0e15d610620466');
INSERT INTO "tags" VALUES('version.mlflow','3.17.2','bd0b44840ec046edbc0e15d610620466');
INSERT INTO "tags" VALUES('version.safetensors','0.8.0','bd0b44840ec046edbc0e15d610620466');
INSERT INTO "tags" VALUES('version.numpy','2.4.6','bd0b44840ec046edbc0e15d610620466');
INSERT INTO "tags" VALUES('version.python','3.11.7','bd0b44840ec046edbc0e15d610620466');
INSERT INTO "tags" VALUES('hardware.gpus','none','bd0b44840ec046edbc0e15d610620466');
INSERT INTO "tags" VALUES('hardware.torch_threads','1','bd0b44840ec046edbc0e15d610620466');
INSERT INTO "tags" VALUES('method','llava-mlp','bd0b44840ec046edbc0e15d610620466');
INSERT INTO "tags" VALUES('task','easy-vqa','bd0b44840ec046edbc0e15d610620466');
INSERT INTO "tags" VALUES('lm','smollm2-135m','bd0b44840ec046edbc0e15d610620466');
INSERT INTO "tags" VALUES('encoder','efficientnet-lite0','bd0b44840ec046edbc0e15d610620466');
INSERT INTO "tags" VALUES('metric','vqa_accuracy','bd0b44840ec046edbc0e15d610620466');
INSERT INTO "tags" VALUES('data_fraction','0.1','bd0b44840ec046edbc0e15d610620466');
INSERT INTO "tags" VALUES('seed','0','bd0b44840ec046edbc0e15d610620466');
INSERT INTO "tags" VALUES('tune.study','tune-llava-mlp','bd0b44840ec046edbc0e15d610620466');
INSERT INTO "tags" VALUES('tune.trial','2','bd0b44840ec046edbc0e15d610620466');
INSERT INTO "tags" VALUES('encoder_regime','frozen','bd0b44840ec046edbc0e15d610620466');
INSERT INTO "tags" VALUES('mlflow.parentRunId','a17a0d8a419248d398b52965cf2d2720','bd0b44840ec046edbc0e15d610620466');
INSERT INTO "tags" VALUES('mlflow.runName','trial-1','6b4a8667fe3c45a4b25417272c596b35');
INSERT INTO "tags" VALUES('git.commit','87e7c1fa018ec42065b361bfac5eb9a86ae51342','6b4a8667fe3c45a4b25417272c596b35');
INSERT INTO "tags" VALUES('git.dirty','True','6b4a8667fe3c45a4b25417272c596b35');
INSERT INTO "tags" VALUES('hostname','vm','6b4a8667fe3c45a4b25417272c596b35');
INSERT INTO "tags" VALUES('mlflow.source.git.commit','87e7c1fa018ec42065b361bfac5eb9a86ae51342','6b4a8667fe3c45a4b25417272c596b35');
INSERT INTO "tags" VALUES('version.torch','2.14.1','6b4a8667fe3c45a4b25417272c596b35');
INSERT INTO "tags" VALUES('version.transformers','5.24.0','6b4a8667fe3c45a4b25417272c596b35');
INSERT INTO "tags" VALUES('version.timm','1.0.31','6b4a8667fe3c45a4b25417272c596b35');
INSERT INTO "tags" VALUES('version.accelerate','1.15.0','6b4a8667fe3c45a4b25417272c596b35');
INSERT INTO "tags" VALUES('version.mlflow','3.17.2','6b4a8667fe3c45a4b25417272c596b35');
INSERT INTO "tags" VALUES('version.safetensors','0.8.0','6b4a8667fe3c45a4b25417272c596b35');
INSERT INTO "tags" VALUES('version.numpy','2.4.6','6b4a8667fe3c45a4b25417272c596b35');
INSERT INTO "tags" VALUES('version.python','3.11.7','6b4a8667fe3c45a4b25417272c596b35');
INSERT INTO "tags" VALUES('hardware.gpus','none','6b4a8667fe3c45a4b25417272c596b35');
INSERT INTO "tags" VALUES('hardware.torch_threads','1','6b4a8667fe3c45a4b25417272c596b35');
INSERT INTO "tags" VALUES('method','promptfuse-blind','6b4a8667fe3c45a4b25417272c596b35');
INSERT INTO "tags" VALUES('task','easy-vqa','6b4a8667fe3c45a4b25417272c596b35');
INSERT INTO "tags" VALUES('lm','smollm2-135m','6b4a8667fe3c45a4b25417272c596b35');
INSERT INTO "tags" VALUES('encoder','efficientnet-lite0','6b4a8667fe3c45a4b25417272c596b35');
INSERT INTO "tags" VALUES('metric','vqa_accuracy','6b4a8667fe3c45a4b25417272c596b35');
INSERT INTO "tags" VALUES('data_fraction','0.1','6b4a8667fe3c45a4b25417272c596b35');
INSERT INTO "tags" VALUES('seed','0','6b4a8667fe3c45a4b25417272c596b35');
INSERT INTO "tags" VALUES('tune.study','tune-promptfuse-blind','6b4a8667fe3c45a4b25417272c596b35');
INSERT INTO "tags" VALUES('tune.trial','1','6b4a8667fe3c45a4b25417272c596b35');
INSERT INTO "tags" VALUES('encoder_regime','frozen','6b4a8667fe3c45a4b25417272c596b35');
INSERT INTO "tags" VALUES('mlflow.parentRunId','c6990d8a95bb4aa9b9d338f8de220057','6b4a8667fe3c45a4b25417272c596b35');
INSERT INTO "tags" VALUES('best.train.lr','0.001','a17a0d8a419248d398b52965cf2d2720');
INSERT INTO "tags" VALUES('mlflow.runName','tune-promptfuse','e226caed579b44e7805aa89a6ec59266');
INSERT INTO "tags" VALUES('git.commit','87e7c1fa018ec42065b361bfac5eb9a86ae51342','e226caed579b44e7805aa89a6ec59266');
INSERT INTO "tags" VALUES('git.dirty','True','e226caed579b44e7805aa89a6ec59266');
INSERT INTO "tags" VALUES('hostname','vm','e226caed579b44e7805aa89a6ec59266');
INSERT INTO "tags" VALUES('mlflow.source.git.commit','87e7c1fa018ec42065b361bfac5eb9a86ae51342','e226caed579b44e7805aa89a6ec59266');
INSERT INTO "tags" VALUES('version.torch','2.14.1','e226caed579b44e7805aa89a6ec59266');
INSERT INTO "tags" VALUES('version.transformers','5.24.0','e226caed579b44e7805aa89a6ec59266');
INSERT INTO "tags" VALUES('version.timm','1.0.31','e226caed579b44e7805aa89a6ec59266');
INSERT INTO "tags" VALUES('version.accelerate','1.15.0','e226caed579b44e7805aa89a6ec59266');
INSERT INTO "tags" VALUES('version.mlflow','3.17.2','e226caed579b44e7805aa89a6ec59266');
INSERT INTO "tags" VALUES('version.safetensors','0.8.0','e226caed579b44e7805aa89a6ec59266');
INSERT INTO "tags" VALUES('version.numpy','2.4.6','e226caed579b44e7805aa89a6ec59266');
INSERT INTO "tags" VALUES('version.python','3.11.7','e226caed579b44e7805aa89a6ec59266');
INSERT INTO "tags" VALUES('hardware.gpus','none','e226caed579b44e7805aa89a6ec59266');
INSERT INTO "tags" VALUES('hardware.torch_threads','1','e226caed579b44e7805aa89a6ec59266');
INSERT INTO "tags" VALUES('tune.study','tune-promptfuse','e226caed579b44e7805aa89a6ec59266');
INSERT INTO "tags" VALUES('tune.role','study','e226caed579b44e7805aa89a6ec59266');
INSERT INTO "tags" VALUES('mlflow.runName','trial-0','6077cd197f264fbabf7b4518c2e3cebb');
INSERT INTO "tags" VALUES('git.commit','87e7c1fa018ec42065b361bfac5eb9a86ae51342','6077cd197f264fbabf7b4518c2e3cebb');
INSERT INTO "tags" VALUES('git.dirty','True','6077cd197f264fbabf7b4518c2e3cebb');
INSERT INTO "tags" VALUES('hostname','vm','6077cd197f264fbabf7b4518c2e3cebb');
INSERT INTO "tags" VALUES('mlflow.source.git.commit','87e7c1fa018ec42065b361bfac5eb9a86ae51342','6077cd197f264fbabf7b4518c2e3cebb');
INSERT INTO "tags" VALUES('version.torch','2.14.1','6077cd197f264fbabf7b4518c2e3cebb');
INSERT INTO "tags" VALUES('version.transformers','5.24.0','6077cd197f264fbabf7b4518c2e3cebb');
INSERT INTO "tags" VALUES('version.timm','1.0.31','6077cd197f264fbabf7b4518c2e3cebb');
INSERT INTO "tags" VALUES('version.accelerate','1.15.0','6077cd197f264fbabf7b4518c2e3cebb');
INSERT INTO "tags" VALUES('version.mlflow','3.17.2','6077cd197f264fbabf7b4518c2e3cebb');
INSERT INTO "tags" VALUES('version.safetensors','0.8.0','6077cd197f264fbabf7b4518c2e3cebb');
INSERT INTO "tags" VALUES('version.numpy','2.4.6','6077cd197f264fbabf7b4518c2e3cebb');
INSERT INTO "tags" VALUES('version.python','3.11.7','6077cd197f264fbabf7b4518c2e3cebb');
INSERT INTO "tags" VALUES('hardware.gpus','none','6077cd197f264fbabf7b4518c2e3cebb');
INSERT INTO "tags" VALUES('hardware.torch_threads','1','6077cd197f264fbabf7b4518c2e3cebb');
INSERT INTO "tags" VALUES('method','promptfuse','6077cd197f264fbabf7b4518c2e3cebb');
INSERT INTO "tags" VALUES('task','easy-vqa','6077cd197f264fbabf7b4518c2e3cebb');
INSERT INTO "tags" VALUES('lm','smollm2-135m','6077cd197f264fbabf7b4518c2e3cebb');
INSERT INTO "tags" VALUES('encoder','efficientnet-lite0','6077cd197f264fbabf7b4518c2e3cebb');
INSERT INTO "tags" VALUES('metric','vqa_accuracy','6077cd197f264fbabf7b4518c2e3cebb');
INSERT INTO "tags" VALUES('data_fraction','0.1','6077cd197f264fbabf7b4518c2e3cebb');
INSERT INTO "tags" VALUES('seed','0','6077cd197f264fbabf7b4518c2e3cebb');
INSERT INTO "tags" VALUES('tune.study','tune-promptfuse','6077cd197f264fbabf7b4518c2e3cebb');
INSERT INTO "tags" VALUES('tune.trial','0','6077cd197f264fbabf7b4518c2e3cebb');
INSERT INTO "tags" VALUES('encoder_regime','frozen','6077cd197f264fbabf7b4518c2e3cebb');
INSERT INTO "tags" VALUES('mlflow.parentRunId','e226caed579b44e7805aa89a6ec59266','6077cd197f264fbabf7b4518c2e3cebb');
INSERT INTO "tags" VALUES('mlflow.runName','trial-2','3c8c999b37a04e2ba60647b531786e67');
INSERT INTO "tags" VALUES('git.commit','87e7c1fa018ec42065b361bfac5eb9a86ae51342','3c8c999b37a04e2ba60647b531786e67');
INSERT INTO "tags" VALUES('git.dirty','True','3c8c999b37a04e2ba60647b531786e67');
INSERT INTO "tags" VALUES('hostname','vm','3c8c999b37a04e2ba60647b531786e67');
INSERT INTO "tags" VALUES('mlflow.source.git.commit','87e7c1fa018ec42065b361bfac5eb9a86ae51342','3c8c999b37a04e2ba60647b531786e67');
INSERT INTO "tags" VALUES('version.torch','2.14.1','3c8c999b37a04e2ba60647b531786e67');
INSERT INTO "tags" VALUES('version.transformers','5.24.0','3c8c999b37a04e2ba60647b531786e67');
INSERT INTO "tags" VALUES('version.timm','1.0.31','3c8c999b37a04e2ba60647b531786e67');
INSERT INTO "tags" VALUES('version.accelerate','1.15.0','3c8c999b37a04e2ba60647b531786e67');
INSERT INTO "tags" VALUES('version.mlflow','3.17.2','3c8c999b37a04e2ba60647b531786e67');
INSERT INTO "tags" VALUES('version.safetensors','0.8.0','3c8c999b37a04e2ba60647b531786e67');
INSERT INTO "tags" VALUES('version.numpy','2.4.6','3c8c999b37a04e2ba60647b531786e67');
INSERT INTO "tags" VALUES('version.python','3.11.7','3c8c999b37a04e2ba60647b531786e67');
INSERT INTO "tags" VALUES('hardware.gpus','none','3c8c999b37a04e2ba60647b531786e67');
INSERT INTO "tags" VALUES('hardware.torch_threads','1','3c8c999b37a04e2ba60647b531786e67');
INSERT INTO "tags" VALUES('method','promptfuse-blind','3c8c999b37a04e2ba60647b531786e67');
INSERT INTO "tags" VALUES('task','easy-vqa','3c8c999b37a04e2ba60647b531786e67');
INSERT INTO "tags" VALUES('lm','smollm2-135m','3c8c999b37a04e2ba60647b531786e67');
INSERT INTO "tags" VALUES('encoder','efficientnet-lite0','3c8c999b37a04e2ba60647b531786e67');
INSERT INTO "tags" VALUES('metric','vqa_accuracy','3c8c999b37a04e2ba60647b531786e67');
INSERT INTO "tags" VALUES('data_fraction','0.1','3c8c999b37a04e2ba60647b531786e67');
INSERT INTO "tags" VALUES('seed','0','3c8c999b37a04e2ba60647b531786e67');
INSERT INTO "tags" VALUES('tune.study','tune-promptfuse-blind','3c8c999b37a04e2ba60647b531786e67');
INSERT INTO "tags" VALUES('tune.trial','2','3c8c999b37a04e2ba60647b531786e67');
INSERT INTO "tags" VALUES('encoder_regime','frozen','3c8c999b37a04e2ba60647b531786e67');
INSERT INTO "tags" VALUES('mlflow.parentRunId','c6990d8a95bb4aa9b9d338f8de220057','3c8c999b37a04e2ba60647b531786e67');
INSERT INTO "tags" VALUES('mlflow.runName','trial-1','ddedd3456f374a91ab5516e252359df8');
INSERT INTO "tags" VALUES('git.commit','87e7c1fa018ec42065b361bfac5eb9a86ae51342','ddedd3456f374a91ab5516e252359df8');
INSERT INTO "tags" VALUES('git.dirty','True','ddedd3456f374a91ab5516e252359df8');
INSERT INTO "tags" VALUES('hostname','vm','ddedd3456f374a91ab5516e252359df8');
INSERT INTO "tags" VALUES('mlflow.source.git.commit','87e7c1fa018ec42065b361bfac5eb9a86ae51342','ddedd3456f374a91ab5516e252359df8');
INSERT INTO "tags" VALUES('version.torch','2.14.1','ddedd3456f374a91ab5516e252359df8');
INSERT INTO "tags" VALUES('version.transformers','5.24.0','ddedd3456f374a91ab5516e252359df8');
INSERT INTO "tags" VALUES('version.timm','1.0.31','ddedd3456f374a91ab5516e252359df8');
INSERT INTO "tags" VALUES('version.accelerate','1.15.0','ddedd3456f374a91ab5516e252359df8');
INSERT INTO "tags" VALUES('version.mlflow','3.17.2','ddedd3456f374a91ab5516e252359df8');
INSERT INTO "tags" VALUES('version.safetensors','0.8.0','ddedd3456f374a91ab5516e252359df8');
INSERT INTO "tags" VALUES('version.numpy','2.4.6','ddedd3456f374a91ab5516e252359df8');
INSERT INTO "tags" VALUES('version.python','3.11.7','ddedd3456f374a91ab5516e252359df8');
INSERT INTO "tags" VALUES('hardware.gpus','none','ddedd3456f374a91ab5516e252359df8');
INSERT INTO "tags" VALUES('hardware.torch_threads','1','ddedd3456f374a91ab5516e252359df8');
INSERT INTO "tags" VALUES('method','promptfuse','ddedd3456f374a91ab5516e252359df8');
INSERT INTO "tags" VALUES('task','easy-vqa','ddedd3456f374a91ab5516e252359df8');
INSERT INTO "tags" VALUES('lm','smollm2-135m','ddedd3456f374a91ab5516e252359df8');
INSERT INTO "tags" VALUES('encoder','efficientnet-lite0','ddedd3456f374a91ab5516e252359df8');
INSERT INTO "tags" VALUES('metric','vqa_accuracy','ddedd3456f374a91ab5516e252359df8');
INSERT INTO "tags" VALUES('data_fraction','0.1','ddedd3456f374a91ab5516e252359df8');
INSERT INTO "tags" VALUES('seed','0','ddedd3456f374a91ab5516e252359df8');
INSERT INTO "tags" VALUES('tune.study','tune-promptfuse','ddedd3456f374a91ab5516e252359df8');
INSERT INTO "tags" VALUES('tune.trial','1','ddedd3456f374a91ab5516e252359df8');
INSERT INTO "tags" VALUES('encoder_regime','frozen','ddedd3456f374a91ab5516e252359df8');
INSERT INTO "tags" VALUES('mlflow.parentRunId','e226caed579b44e7805aa89a6ec59266','ddedd3456f374a91ab5516e252359df8');
INSERT INTO "tags" VALUES('best.train.lr','0.003','c6990d8a95bb4aa9b9d338f8de220057');
INSERT INTO "tags" VALUES('mlflow.runName','tune-lm-block-reinit','4b6f0b0f6edb45d487633158f035b0cf');
INSERT INTO "tags" VALUES('git.commit','87e7c1fa018ec42065b361bfac5eb9a86ae51342','4b6f0b0f6edb45d487633158f035b0cf');
INSERT INTO "tags" VALUES('git.dirty','True','4b6f0b0f6edb45d487633158f035b0cf');
INSERT INTO "tags" VALUES('hostname','vm','4b6f0b0f6edb45d487633158f035b0cf');
INSERT INTO "tags" VALUES('mlflow.source.git.commit','87e7c1fa018ec42065b361bfac5eb9a86ae51342','4b6f0b0f6edb45d487633158f035b0cf');
INSERT INTO "tags" VALUES('version.torch','2.14.1','4b6f0b0f6edb45d487633158f035b0cf');
INSERT INTO "tags" VALUES('version.transformers','5.24.0','4b6f0b0f6edb45d487633158f035b0cf');
INSERT INTO "tags" VALUES('version.timm','1.0.31','4b6f0b0f6edb45d487633158f035b0cf');
INSERT INTO "tags" VALUES('version.accelerate','1.15.0','4b6f0b0f6edb45d487633158f035b0cf');
INSERT INTO "tags" VALUES('version.mlflow','3.17.2','4b6f0b0f6edb45d487633158f035b0cf');
INSERT INTO "tags" VALUES('version.safetensors','0.8.0','4b6f0b0f6edb45d487633158f035b0cf');
INSERT INTO "tags" VALUES('version.numpy','2.4.6','4b6f0b0f6edb45d487633158f035b0cf');
INSERT INTO "tags" VALUES('version.python','3.11.7','4b6f0b0f6edb45d487633158f035b0cf');
INSERT INTO "tags" VALUES('hardware.gpus','none','4b6f0b0f6edb45d487633158f035b0cf');
INSERT INTO "tags" VALUES('hardware.torch_threads','1','4b6f0b0f6edb45d487633158f035b0cf');
INSERT INTO "tags" VALUES('tune.study','tune-lm-block-reinit','4b6f0b0f6edb45d487633158f035b0cf');
INSERT INTO "tags" VALUES('tune.role','study','4b6f0b0f6edb45d487633158f035b0cf');
INSERT INTO "tags" VALUES('mlflow.runName','trial-0','674e2753386c4c3894c557e7e6d9e179');
INSERT INTO "tags" VALUES('git.commit','87e7c1fa018ec42065b361bfac5eb9a86ae51342','674e2753386c4c3894c557e7e6d9e179');
INSERT INTO "tags" VALUES('git.dirty','True','674e2753386c4c3894c557e7e6d9e179');
INSERT INTO "tags" VALUES('hostname','vm','674e2753386c4c3894c557e7e6d9e179');
INSERT INTO "tags" VALUES('mlflow.source.git.commit','87e7c1fa018ec42065b361bfac5eb9a86ae51342','674e2753386c4c3894c557e7e6d9e179');
INSERT INTO "tags" VALUES('version.torch','2.14.1','674e2753386c4c3894c557e7e6d9e179');
INSERT INTO "tags" VALUES('version.transformers','5.24.0','674e2753386c4c3894c557e7e6d9e179');
INSERT INTO "tags" VALUES('version.timm','1.0.31','674e2753386c4c3894c557e7e6d9e179');
INSERT INTO "tags" VALUES('version.accelerate','1.15.0','674e2753386c4c3894c557e7e6d9e179');
INSERT INTO "tags" VALUES('version.mlflow','3.17.2','674e2753386c4c3894c557e7e6d9e179');
INSERT INTO "tags" VALUES('version.safetensors','0.8.0','674e2753386c4c3894c557e7e6d9e179');
INSERT INTO "tags" VALUES('version.numpy','2.4.6','674e2753386c4c3894c557e7e6d9e179');
INSERT INTO "tags" VALUES('version.python','3.11.7','674e2753386c4c3894c557e7e6d9e179');
INSERT INTO "tags" VALUES('hardware.gpus','none','674e2753386c4c3894c557e7e6d9e179');
INSERT INTO "tags" VALUES('hardware.torch_threads','1','674e2753386c4c3894c557e7e6d9e179');
INSERT INTO "tags" VALUES('method','lm-block-reinit','674e2753386c4c3894c557e7e6d9e179');
INSERT INTO "tags" VALUES('task','easy-vqa','674e2753386c4c3894c557e7e6d9e179');
INSERT INTO "tags" VALUES('lm','smollm2-135m','674e2753386c4c3894c557e7e6d9e179');
INSERT INTO "tags" VALUES('encoder','efficientnet-lite0','674e2753386c4c3894c557e7e6d9e179');
INSERT INTO "tags" VALUES('metric','vqa_accuracy','674e2753386c4c3894c557e7e6d9e179');
INSERT INTO "tags" VALUES('data_fraction','0.1','674e2753386c4c3894c557e7e6d9e179');
INSERT INTO "tags" VALUES('seed','0','674e2753386c4c3894c557e7e6d9e179');
INSERT INTO "tags" VALUES('tune.study','tune-lm-block-reinit','674e2753386c4c3894c557e7e6d9e179');
INSERT INTO "tags" VALUES('tune.trial','0','674e2753386c4c3894c557e7e6d9e179');
INSERT INTO "tags" VALUES('encoder_regime','frozen','674e2753386c4c3894c557e7e6d9e179');
INSERT INTO "tags" VALUES('mlflow.parentRunId','4b6f0b0f6edb45d487633158f035b0cf','674e2753386c4c3894c557e7e6d9e179');
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
