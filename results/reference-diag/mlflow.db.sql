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
INSERT INTO "experiments" VALUES(0,'Default','/work/exp2/mlruns/0','active',1796222424145,1796222424145,'default');
INSERT INTO "experiments" VALUES(1,'reference-diag','file:///work/main/runs/reference-diag/mlartifacts','active',1796222424158,1796222424158,'default');
INSERT INTO "experiments" VALUES(2,'bench','file:///work/main/runs/reference-diag/mlartifacts','active',1796225489108,1796225489108,'default');
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
INSERT INTO "latest_metrics" VALUES('params/trainable',737856.0,1796222424246,0,0,'8d832f822464437487f9f3db74ff42bc');
INSERT INTO "latest_metrics" VALUES('params/lm',134515008.0,1796222424246,0,0,'8d832f822464437487f9f3db74ff42bc');
INSERT INTO "latest_metrics" VALUES('train/loss',0.607572078704834,1796222560645,100,0,'8d832f822464437487f9f3db74ff42bc');
INSERT INTO "latest_metrics" VALUES('train/lr',1.0e-05,1796222560645,100,0,'8d832f822464437487f9f3db74ff42bc');
INSERT INTO "latest_metrics" VALUES('test/vqa_accuracy',66.0,1796222588126,100,0,'8d832f822464437487f9f3db74ff42bc');
INSERT INTO "latest_metrics" VALUES('test/vqa_accuracy_unrounded',66.0,1796222588126,100,0,'8d832f822464437487f9f3db74ff42bc');
INSERT INTO "latest_metrics" VALUES('test/vqa_accuracy/yes/no',69.45,1796222588126,100,0,'8d832f822464437487f9f3db74ff42bc');
INSERT INTO "latest_metrics" VALUES('test/vqa_accuracy_unrounded/yes/no',6.94524495677233488777e+01,1796222588126,100,0,'8d832f822464437487f9f3db74ff42bc');
INSERT INTO "latest_metrics" VALUES('test/vqa_accuracy/question_type/yes/no',69.45,1796222588126,100,0,'8d832f822464437487f9f3db74ff42bc');
INSERT INTO "latest_metrics" VALUES('test/vqa_accuracy_unrounded/question_type/yes/no',6.94524495677233488777e+01,1796222588126,100,0,'8d832f822464437487f9f3db74ff42bc');
INSERT INTO "latest_metrics" VALUES('test/vqa_accuracy/other',58.17,1796222588126,100,0,'8d832f822464437487f9f3db74ff42bc');
INSERT INTO "latest_metrics" VALUES('test/vqa_accuracy_unrounded/other',5.81699346405228752149e+01,1796222588126,100,0,'8d832f822464437487f9f3db74ff42bc');
INSERT INTO "latest_metrics" VALUES('test/vqa_accuracy/question_type/shape',93.51,1796222588126,100,0,'8d832f822464437487f9f3db74ff42bc');
INSERT INTO "latest_metrics" VALUES('test/vqa_accuracy_unrounded/question_type/shape',9.35064935064935127701e+01,1796222588126,100,0,'8d832f822464437487f9f3db74ff42bc');
INSERT INTO "latest_metrics" VALUES('test/vqa_accuracy/question_type/color',22.37,1796222588126,100,0,'8d832f822464437487f9f3db74ff42bc');
INSERT INTO "latest_metrics" VALUES('test/vqa_accuracy_unrounded/question_type/color',2.23684210526315787595e+01,1796222588126,100,0,'8d832f822464437487f9f3db74ff42bc');
INSERT INTO "latest_metrics" VALUES('time/features_s',5.08708912999281892552e-01,1796222588126,100,0,'8d832f822464437487f9f3db74ff42bc');
INSERT INTO "latest_metrics" VALUES('time/lm_load_s',4.21571159000450279563e-01,1796222588126,100,0,'8d832f822464437487f9f3db74ff42bc');
INSERT INTO "latest_metrics" VALUES('time/train_s',1.3647951721900062694e+02,1796222588126,100,0,'8d832f822464437487f9f3db74ff42bc');
INSERT INTO "latest_metrics" VALUES('time/train_step_s',1.3288819994040659278e+00,1796222588126,100,0,'8d832f822464437487f9f3db74ff42bc');
INSERT INTO "latest_metrics" VALUES('time/eval_s',2.73653159059995232382e+01,1796222588126,100,0,'8d832f822464437487f9f3db74ff42bc');
INSERT INTO "latest_metrics" VALUES('time/eval_example_s',5.4730631811999046199e-02,1796222588126,100,0,'8d832f822464437487f9f3db74ff42bc');
INSERT INTO "latest_metrics" VALUES('time/total_s',1.70180047002999344837e+02,1796222588126,100,0,'8d832f822464437487f9f3db74ff42bc');
INSERT INTO "latest_metrics" VALUES('params/trainable',1214081.0,1796222746326,0,0,'2f50f8a4302d44b394e62d212f4692c8');
INSERT INTO "latest_metrics" VALUES('params/lm',134515008.0,1796222746326,0,0,'2f50f8a4302d44b394e62d212f4692c8');
INSERT INTO "latest_metrics" VALUES('train/loss',9.96932506561279296875e+00,1796223023440,100,0,'2f50f8a4302d44b394e62d212f4692c8');
INSERT INTO "latest_metrics" VALUES('train/lr',1.0e-05,1796223023440,100,0,'2f50f8a4302d44b394e62d212f4692c8');
INSERT INTO "latest_metrics" VALUES('test/vqa_accuracy',26.2,1796223090638,100,0,'2f50f8a4302d44b394e62d212f4692c8');
INSERT INTO "latest_metrics" VALUES('test/vqa_accuracy_unrounded',26.2,1796223090638,100,0,'2f50f8a4302d44b394e62d212f4692c8');
INSERT INTO "latest_metrics" VALUES('test/vqa_accuracy/yes/no',37.18,1796223090638,100,0,'2f50f8a4302d44b394e62d212f4692c8');
INSERT INTO "latest_metrics" VALUES('test/vqa_accuracy_unrounded/yes/no',3.71757925072046120358e+01,1796223090638,100,0,'2f50f8a4302d44b394e62d212f4692c8');
INSERT INTO "latest_metrics" VALUES('test/vqa_accuracy/question_type/yes/no',37.18,1796223090638,100,0,'2f50f8a4302d44b394e62d212f4692c8');
INSERT INTO "latest_metrics" VALUES('test/vqa_accuracy_unrounded/question_type/yes/no',3.71757925072046120358e+01,1796223090638,100,0,'2f50f8a4302d44b394e62d212f4692c8');
INSERT INTO "latest_metrics" VALUES('test/vqa_accuracy/other',1.31,1796223090638,100,0,'2f50f8a4302d44b394e62d212f4692c8');
INSERT INTO "latest_metrics" VALUES('test/vqa_accuracy_unrounded/other',1.30718954248366014958e+00,1796223090638,100,0,'2f50f8a4302d44b394e62d212f4692c8');
INSERT INTO "latest_metrics" VALUES('test/vqa_accuracy/question_type/shape',0.0,1796223090638,100,0,'2f50f8a4302d44b394e62d212f4692c8');
INSERT INTO "latest_metrics" VALUES('test/vqa_accuracy_unrounded/question_type/shape',0.0,1796223090638,100,0,'2f50f8a4302d44b394e62d212f4692c8');
INSERT INTO "latest_metrics" VALUES('test/vqa_accuracy/question_type/color',2.63,1796223090638,100,0,'2f50f8a4302d44b394e62d212f4692c8');
INSERT INTO "latest_metrics" VALUES('test/vqa_accuracy_unrounded/question_type/color',2.63157894736842123961e+00,1796223090638,100,0,'2f50f8a4302d44b394e62d212f4692c8');
INSERT INTO "latest_metrics" VALUES('test/t2i_recall_at_1',1.0,1796223090638,100,0,'2f50f8a4302d44b394e62d212f4692c8');
INSERT INTO "latest_metrics" VALUES('test/t2i_recall_at_5',4.8,1796223090638,100,0,'2f50f8a4302d44b394e62d212f4692c8');
INSERT INTO "latest_metrics" VALUES('test/t2i_recall_at_10',5.80000000000000071054e+00,1796223090638,100,0,'2f50f8a4302d44b394e62d212f4692c8');
INSERT INTO "latest_metrics" VALUES('test/i2t_recall_at_1',1.52284263959390875342e+00,1796223090638,100,0,'2f50f8a4302d44b394e62d212f4692c8');
INSERT INTO "latest_metrics" VALUES('test/i2t_recall_at_5',5.58375634517766528119e+00,1796223090638,100,0,'2f50f8a4302d44b394e62d212f4692c8');
INSERT INTO "latest_metrics" VALUES('test/i2t_recall_at_10',7.61421319796954421121e+00,1796223090638,100,0,'2f50f8a4302d44b394e62d212f4692c8');
INSERT INTO "latest_metrics" VALUES('time/features_s',5.91744889999972656369e-01,1796223090638,100,0,'2f50f8a4302d44b394e62d212f4692c8');
INSERT INTO "latest_metrics" VALUES('time/lm_load_s',5.27236021000135224312e-01,1796223090638,100,0,'2f50f8a4302d44b394e62d212f4692c8');
INSERT INTO "latest_metrics" VALUES('time/train_s',2.77179373975999624227e+02,1796223090638,100,0,'2f50f8a4302d44b394e62d212f4692c8');
INSERT INTO "latest_metrics" VALUES('time/train_step_s',2.75721891204037339306e+00,1796223090638,100,0,'2f50f8a4302d44b394e62d212f4692c8');
INSERT INTO "latest_metrics" VALUES('time/eval_s',3.66718356569999741627e+01,1796223090638,100,0,'2f50f8a4302d44b394e62d212f4692c8');
INSERT INTO "latest_metrics" VALUES('time/extra_metrics_s',3.04233269589985866332e+01,1796223090638,100,0,'2f50f8a4302d44b394e62d212f4692c8');
INSERT INTO "latest_metrics" VALUES('time/eval_example_s',7.3343671313999950212e-02,1796223090638,100,0,'2f50f8a4302d44b394e62d212f4692c8');
INSERT INTO "latest_metrics" VALUES('time/total_s',3.48971460564000153688e+02,1796223090638,100,0,'2f50f8a4302d44b394e62d212f4692c8');
INSERT INTO "latest_metrics" VALUES('params/trainable',737856.0,1796223179406,0,0,'3d050bf688c94e18b2f7530dc3576042');
INSERT INTO "latest_metrics" VALUES('params/lm',134515008.0,1796223179406,0,0,'3d050bf688c94e18b2f7530dc3576042');
INSERT INTO "latest_metrics" VALUES('train/loss',2.82666540145874023437e+00,1796223335160,100,0,'3d050bf688c94e18b2f7530dc3576042');
INSERT INTO "latest_metrics" VALUES('train/lr',1.0e-05,1796223335160,100,0,'3d050bf688c94e18b2f7530dc3576042');
INSERT INTO "latest_metrics" VALUES('test/vqa_accuracy',26.2,1796223380838,100,0,'3d050bf688c94e18b2f7530dc3576042');
INSERT INTO "latest_metrics" VALUES('test/vqa_accuracy_unrounded',26.2,1796223380838,100,0,'3d050bf688c94e18b2f7530dc3576042');
INSERT INTO "latest_metrics" VALUES('test/vqa_accuracy/yes/no',37.18,1796223380838,100,0,'3d050bf688c94e18b2f7530dc3576042');
INSERT INTO "latest_metrics" VALUES('test/vqa_accuracy_unrounded/yes/no',3.71757925072046120358e+01,1796223380838,100,0,'3d050bf688c94e18b2f7530dc3576042');
INSERT INTO "latest_metrics" VALUES('test/vqa_accuracy/question_type/yes/no',37.18,1796223380838,100,0,'3d050bf688c94e18b2f7530dc3576042');
INSERT INTO "latest_metrics" VALUES('test/vqa_accuracy_unrounded/question_type/yes/no',3.71757925072046120358e+01,1796223380838,100,0,'3d050bf688c94e18b2f7530dc3576042');
INSERT INTO "latest_metrics" VALUES('test/vqa_accuracy/other',1.31,1796223380838,100,0,'3d050bf688c94e18b2f7530dc3576042');
INSERT INTO "latest_metrics" VALUES('test/vqa_accuracy_unrounded/other',1.30718954248366014958e+00,1796223380838,100,0,'3d050bf688c94e18b2f7530dc3576042');
INSERT INTO "latest_metrics" VALUES('test/vqa_accuracy/question_type/shape',0.0,1796223380838,100,0,'3d050bf688c94e18b2f7530dc3576042');
INSERT INTO "latest_metrics" VALUES('test/vqa_accuracy_unrounded/question_type/shape',0.0,1796223380838,100,0,'3d050bf688c94e18b2f7530dc3576042');
INSERT INTO "latest_metrics" VALUES('test/vqa_accuracy/question_type/color',2.63,1796223380838,100,0,'3d050bf688c94e18b2f7530dc3576042');
INSERT INTO "latest_metrics" VALUES('test/vqa_accuracy_unrounded/question_type/color',2.63157894736842123961e+00,1796223380838,100,0,'3d050bf688c94e18b2f7530dc3576042');
INSERT INTO "latest_metrics" VALUES('time/features_s',5.88182958999823313206e-01,1796223380838,100,0,'3d050bf688c94e18b2f7530dc3576042');
INSERT INTO "latest_metrics" VALUES('time/lm_load_s',3.49088651999409194104e-01,1796223380838,100,0,'3d050bf688c94e18b2f7530dc3576042');
INSERT INTO "latest_metrics" VALUES('time/train_s',1.55781816499000342439e+02,1796223380838,100,0,'3d050bf688c94e18b2f7530dc3576042');
INSERT INTO "latest_metrics" VALUES('time/train_step_s',1.54657452358579305951e+00,1796223380838,100,0,'3d050bf688c94e18b2f7530dc3576042');
INSERT INTO "latest_metrics" VALUES('time/eval_s',4.55792763110002852044e+01,1796223380838,100,0,'3d050bf688c94e18b2f7530dc3576042');
INSERT INTO "latest_metrics" VALUES('time/eval_example_s',9.11585526220005659681e-02,1796223380838,100,0,'3d050bf688c94e18b2f7530dc3576042');
INSERT INTO "latest_metrics" VALUES('time/total_s',2.06135191401999691147e+02,1796223380838,100,0,'3d050bf688c94e18b2f7530dc3576042');
INSERT INTO "latest_metrics" VALUES('params/trainable',1214081.0,1796223619598,0,0,'3bc2c5b88a21468bbdc9b73315218ba0');
INSERT INTO "latest_metrics" VALUES('params/lm',134515008.0,1796223619598,0,0,'3bc2c5b88a21468bbdc9b73315218ba0');
INSERT INTO "latest_metrics" VALUES('train/loss',7.82431268692016601562e+00,1796223920640,100,0,'3bc2c5b88a21468bbdc9b73315218ba0');
INSERT INTO "latest_metrics" VALUES('train/lr',1.0e-05,1796223920640,100,0,'3bc2c5b88a21468bbdc9b73315218ba0');
INSERT INTO "latest_metrics" VALUES('train/grad_norm',2.75271081924438476562e+00,1796223920640,100,0,'3bc2c5b88a21468bbdc9b73315218ba0');
INSERT INTO "latest_metrics" VALUES('test/vqa_accuracy',47.8,1796223985164,100,0,'3bc2c5b88a21468bbdc9b73315218ba0');
INSERT INTO "latest_metrics" VALUES('test/vqa_accuracy_unrounded',47.8,1796223985164,100,0,'3bc2c5b88a21468bbdc9b73315218ba0');
INSERT INTO "latest_metrics" VALUES('test/vqa_accuracy/yes/no',53.03,1796223985164,100,0,'3bc2c5b88a21468bbdc9b73315218ba0');
INSERT INTO "latest_metrics" VALUES('test/vqa_accuracy_unrounded/yes/no',5.30259365994236304703e+01,1796223985164,100,0,'3bc2c5b88a21468bbdc9b73315218ba0');
INSERT INTO "latest_metrics" VALUES('test/vqa_accuracy/question_type/yes/no',53.03,1796223985164,100,0,'3bc2c5b88a21468bbdc9b73315218ba0');
INSERT INTO "latest_metrics" VALUES('test/vqa_accuracy_unrounded/question_type/yes/no',5.30259365994236304703e+01,1796223985164,100,0,'3bc2c5b88a21468bbdc9b73315218ba0');
INSERT INTO "latest_metrics" VALUES('test/vqa_accuracy/other',35.95,1796223985164,100,0,'3bc2c5b88a21468bbdc9b73315218ba0');
INSERT INTO "latest_metrics" VALUES('test/vqa_accuracy_unrounded/other',3.59477124183006537796e+01,1796223985164,100,0,'3bc2c5b88a21468bbdc9b73315218ba0');
INSERT INTO "latest_metrics" VALUES('test/vqa_accuracy/question_type/shape',54.55,1796223985164,100,0,'3bc2c5b88a21468bbdc9b73315218ba0');
INSERT INTO "latest_metrics" VALUES('test/vqa_accuracy_unrounded/question_type/shape',5.45454545454545467473e+01,1796223985164,100,0,'3bc2c5b88a21468bbdc9b73315218ba0');
INSERT INTO "latest_metrics" VALUES('test/vqa_accuracy/question_type/color',17.11,1796223985164,100,0,'3bc2c5b88a21468bbdc9b73315218ba0');
INSERT INTO "latest_metrics" VALUES('test/vqa_accuracy_unrounded/question_type/color',1.71052631578947362807e+01,1796223985164,100,0,'3bc2c5b88a21468bbdc9b73315218ba0');
INSERT INTO "latest_metrics" VALUES('test/t2i_recall_at_1',3.2,1796223985164,100,0,'3bc2c5b88a21468bbdc9b73315218ba0');
INSERT INTO "latest_metrics" VALUES('test/t2i_recall_at_5',1.12000000000000010658e+01,1796223985164,100,0,'3bc2c5b88a21468bbdc9b73315218ba0');
INSERT INTO "latest_metrics" VALUES('test/t2i_recall_at_10',18.4,1796223985164,100,0,'3bc2c5b88a21468bbdc9b73315218ba0');
INSERT INTO "latest_metrics" VALUES('test/i2t_recall_at_1',3.55329949238578723935e+00,1796223985164,100,0,'3bc2c5b88a21468bbdc9b73315218ba0');
INSERT INTO "latest_metrics" VALUES('test/i2t_recall_at_5',7.10659898477157447871e+00,1796223985164,100,0,'3bc2c5b88a21468bbdc9b73315218ba0');
INSERT INTO "latest_metrics" VALUES('test/i2t_recall_at_10',9.89847715736040711931e+00,1796223985164,100,0,'3bc2c5b88a21468bbdc9b73315218ba0');
INSERT INTO "latest_metrics" VALUES('test/t2i_chance_at_1',1.03451776649746185476e+00,1796223985164,100,0,'3bc2c5b88a21468bbdc9b73315218ba0');
INSERT INTO "latest_metrics" VALUES('test/t2i_chance_at_5',5.05487809975318,1796223985164,100,0,'3bc2c5b88a21468bbdc9b73315218ba0');
INSERT INTO "latest_metrics" VALUES('test/t2i_chance_at_10',9.82666692294383103956e+00,1796223985164,100,0,'3bc2c5b88a21468bbdc9b73315218ba0');
INSERT INTO "latest_metrics" VALUES('test/i2t_chance_at_1',1.03451776649746296499e+00,1796223985164,100,0,'3bc2c5b88a21468bbdc9b73315218ba0');
INSERT INTO "latest_metrics" VALUES('test/i2t_chance_at_5',5.03835702507283222928e+00,1796223985164,100,0,'3bc2c5b88a21468bbdc9b73315218ba0');
INSERT INTO "latest_metrics" VALUES('test/i2t_chance_at_10',9.75745483052654805078e+00,1796223985164,100,0,'3bc2c5b88a21468bbdc9b73315218ba0');
INSERT INTO "latest_metrics" VALUES('time/features_s',6.97884296001575421541e-01,1796223985164,100,0,'3bc2c5b88a21468bbdc9b73315218ba0');
INSERT INTO "latest_metrics" VALUES('time/lm_load_s',4.94893065999349346384e-01,1796223985164,100,0,'3bc2c5b88a21468bbdc9b73315218ba0');
INSERT INTO "latest_metrics" VALUES('time/train_s',3.01109263762999034962e+02,1796223985164,100,0,'3bc2c5b88a21468bbdc9b73315218ba0');
INSERT INTO "latest_metrics" VALUES('time/train_step_s',2.95807024479799673954e+00,1796223985164,100,0,'3bc2c5b88a21468bbdc9b73315218ba0');
INSERT INTO "latest_metrics" VALUES('time/eval_s',3.26825812189999851406e+01,1796223985164,100,0,'3bc2c5b88a21468bbdc9b73315218ba0');
INSERT INTO "latest_metrics" VALUES('time/extra_metrics_s',3.17364936119993217293e+01,1796223985164,100,0,'3bc2c5b88a21468bbdc9b73315218ba0');
INSERT INTO "latest_metrics" VALUES('time/eval_example_s',6.53651624379999740543e-02,1796223985164,100,0,'3bc2c5b88a21468bbdc9b73315218ba0');
INSERT INTO "latest_metrics" VALUES('time/total_s',3.71468157929999506458e+02,1796223985164,100,0,'3bc2c5b88a21468bbdc9b73315218ba0');
INSERT INTO "latest_metrics" VALUES('params/trainable',737856.0,1796224000130,0,0,'31a0c905277347d094116204ae300369');
INSERT INTO "latest_metrics" VALUES('params/lm',134515008.0,1796224000130,0,0,'31a0c905277347d094116204ae300369');
INSERT INTO "latest_metrics" VALUES('train/loss',0.607572078704834,1796224121200,100,0,'31a0c905277347d094116204ae300369');
INSERT INTO "latest_metrics" VALUES('train/lr',1.0e-05,1796224121200,100,0,'31a0c905277347d094116204ae300369');
INSERT INTO "latest_metrics" VALUES('train/grad_norm',1.43746995925903320312e+00,1796224121200,100,0,'31a0c905277347d094116204ae300369');
INSERT INTO "latest_metrics" VALUES('test/vqa_accuracy',66.0,1796224149006,100,0,'31a0c905277347d094116204ae300369');
INSERT INTO "latest_metrics" VALUES('test/vqa_accuracy_unrounded',66.0,1796224149006,100,0,'31a0c905277347d094116204ae300369');
INSERT INTO "latest_metrics" VALUES('test/vqa_accuracy/yes/no',69.45,1796224149006,100,0,'31a0c905277347d094116204ae300369');
INSERT INTO "latest_metrics" VALUES('test/vqa_accuracy_unrounded/yes/no',6.94524495677233488777e+01,1796224149006,100,0,'31a0c905277347d094116204ae300369');
INSERT INTO "latest_metrics" VALUES('test/vqa_accuracy/question_type/yes/no',69.45,1796224149006,100,0,'31a0c905277347d094116204ae300369');
INSERT INTO "latest_metrics" VALUES('test/vqa_accuracy_unrounded/question_type/yes/no',6.94524495677233488777e+01,1796224149006,100,0,'31a0c905277347d094116204ae300369');
INSERT INTO "latest_metrics" VALUES('test/vqa_accuracy/other',58.17,1796224149006,100,0,'31a0c905277347d094116204ae300369');
INSERT INTO "latest_metrics" VALUES('test/vqa_accuracy_unrounded/other',5.81699346405228752149e+01,1796224149006,100,0,'31a0c905277347d094116204ae300369');
INSERT INTO "latest_metrics" VALUES('test/vqa_accuracy/question_type/shape',93.51,1796224149006,100,0,'31a0c905277347d094116204ae300369');
INSERT INTO "latest_metrics" VALUES('test/vqa_accuracy_unrounded/question_type/shape',9.35064935064935127701e+01,1796224149006,100,0,'31a0c905277347d094116204ae300369');
INSERT INTO "latest_metrics" VALUES('test/vqa_accuracy/question_type/color',22.37,1796224149006,100,0,'31a0c905277347d094116204ae300369');
INSERT INTO "latest_metrics" VALUES('test/vqa_accuracy_unrounded/question_type/color',2.23684210526315787595e+01,1796224149006,100,0,'31a0c905277347d094116204ae300369');
INSERT INTO "latest_metrics" VALUES('time/features_s',0.580919392999931,1796224149006,100,0,'31a0c905277347d094116204ae300369');
INSERT INTO "latest_metrics" VALUES('time/lm_load_s',3.40278091000072890892e-01,1796224149006,100,0,'31a0c905277347d094116204ae300369');
INSERT INTO "latest_metrics" VALUES('time/train_s',1.21104300994000368518e+02,1796224149006,100,0,'31a0c905277347d094116204ae300369');
INSERT INTO "latest_metrics" VALUES('time/train_step_s',1.20442698980800888541e+00,1796224149006,100,0,'31a0c905277347d094116204ae300369');
INSERT INTO "latest_metrics" VALUES('time/eval_s',2.7734434096000768477e+01,1796224149006,100,0,'31a0c905277347d094116204ae300369');
INSERT INTO "latest_metrics" VALUES('time/eval_example_s',5.54688681920015372317e-02,1796224149006,100,0,'31a0c905277347d094116204ae300369');
INSERT INTO "latest_metrics" VALUES('time/total_s',1.53506701170999804162e+02,1796224149006,100,0,'31a0c905277347d094116204ae300369');
INSERT INTO "latest_metrics" VALUES('params/trainable',737856.0,1796224193168,0,0,'1193a0c1bfbf4e2d98b530e25c294745');
INSERT INTO "latest_metrics" VALUES('params/lm',134515008.0,1796224193168,0,0,'1193a0c1bfbf4e2d98b530e25c294745');
INSERT INTO "latest_metrics" VALUES('train/loss',3.42499136924743652343e-01,1796224327273,100,0,'1193a0c1bfbf4e2d98b530e25c294745');
INSERT INTO "latest_metrics" VALUES('train/lr',1.0e-05,1796224327273,100,0,'1193a0c1bfbf4e2d98b530e25c294745');
INSERT INTO "latest_metrics" VALUES('train/grad_norm',5.51250815391540527343e-01,1796224327273,100,0,'1193a0c1bfbf4e2d98b530e25c294745');
INSERT INTO "latest_metrics" VALUES('test/vqa_accuracy',67.2,1796224356578,100,0,'1193a0c1bfbf4e2d98b530e25c294745');
INSERT INTO "latest_metrics" VALUES('test/vqa_accuracy_unrounded',67.2,1796224356578,100,0,'1193a0c1bfbf4e2d98b530e25c294745');
INSERT INTO "latest_metrics" VALUES('test/vqa_accuracy/yes/no',73.49,1796224356578,100,0,'1193a0c1bfbf4e2d98b530e25c294745');
INSERT INTO "latest_metrics" VALUES('test/vqa_accuracy_unrounded/yes/no',7.34870317002881847648e+01,1796224356578,100,0,'1193a0c1bfbf4e2d98b530e25c294745');
INSERT INTO "latest_metrics" VALUES('test/vqa_accuracy/question_type/yes/no',73.49,1796224356578,100,0,'1193a0c1bfbf4e2d98b530e25c294745');
INSERT INTO "latest_metrics" VALUES('test/vqa_accuracy_unrounded/question_type/yes/no',7.34870317002881847648e+01,1796224356578,100,0,'1193a0c1bfbf4e2d98b530e25c294745');
INSERT INTO "latest_metrics" VALUES('test/vqa_accuracy/other',52.94,1796224356578,100,0,'1193a0c1bfbf4e2d98b530e25c294745');
INSERT INTO "latest_metrics" VALUES('test/vqa_accuracy_unrounded/other',5.29411764705882319486e+01,1796224356578,100,0,'1193a0c1bfbf4e2d98b530e25c294745');
INSERT INTO "latest_metrics" VALUES('test/vqa_accuracy/question_type/shape',87.01,1796224356578,100,0,'1193a0c1bfbf4e2d98b530e25c294745');
INSERT INTO "latest_metrics" VALUES('test/vqa_accuracy_unrounded/question_type/shape',8.70129870129870113242e+01,1796224356578,100,0,'1193a0c1bfbf4e2d98b530e25c294745');
INSERT INTO "latest_metrics" VALUES('test/vqa_accuracy/question_type/color',18.42,1796224356578,100,0,'1193a0c1bfbf4e2d98b530e25c294745');
INSERT INTO "latest_metrics" VALUES('test/vqa_accuracy_unrounded/question_type/color',1.84210526315789486773e+01,1796224356578,100,0,'1193a0c1bfbf4e2d98b530e25c294745');
INSERT INTO "latest_metrics" VALUES('time/features_s',1.95888612090002425247e+01,1796224356578,100,0,'1193a0c1bfbf4e2d98b530e25c294745');
INSERT INTO "latest_metrics" VALUES('time/lm_load_s',5.41278630000306293368e-01,1796224356578,100,0,'1193a0c1bfbf4e2d98b530e25c294745');
INSERT INTO "latest_metrics" VALUES('time/train_s',1.34140730891000202972e+02,1796224356578,100,0,'1193a0c1bfbf4e2d98b530e25c294745');
INSERT INTO "latest_metrics" VALUES('time/train_step_s',1.32221028560613351743e+00,1796224356578,100,0,'1193a0c1bfbf4e2d98b530e25c294745');
INSERT INTO "latest_metrics" VALUES('time/eval_s',29.2231136040009,1796224356578,100,0,'1193a0c1bfbf4e2d98b530e25c294745');
INSERT INTO "latest_metrics" VALUES('time/eval_example_s',0.0584462272080018,1796224356578,100,0,'1193a0c1bfbf4e2d98b530e25c294745');
INSERT INTO "latest_metrics" VALUES('time/total_s',1.87553943195998726878e+02,1796224356578,100,0,'1193a0c1bfbf4e2d98b530e25c294745');
INSERT INTO "latest_metrics" VALUES('params/trainable',737856.0,1796224378802,0,0,'ef9de43baa3d42babd9f1d32644d53d4');
INSERT INTO "latest_metrics" VALUES('params/lm',134515008.0,1796224378802,0,0,'ef9de43baa3d42babd9f1d32644d53d4');
INSERT INTO "latest_metrics" VALUES('train/loss',4.83504891395568847656e-01,1796224501908,100,0,'ef9de43baa3d42babd9f1d32644d53d4');
INSERT INTO "latest_metrics" VALUES('train/lr',1.0e-05,1796224501908,100,0,'ef9de43baa3d42babd9f1d32644d53d4');
INSERT INTO "latest_metrics" VALUES('train/grad_norm',6.40199482440948486328e-01,1796224501908,100,0,'ef9de43baa3d42babd9f1d32644d53d4');
INSERT INTO "latest_metrics" VALUES('test/vqa_accuracy',71.0,1796224528682,100,0,'ef9de43baa3d42babd9f1d32644d53d4');
INSERT INTO "latest_metrics" VALUES('test/vqa_accuracy_unrounded',71.0,1796224528682,100,0,'ef9de43baa3d42babd9f1d32644d53d4');
INSERT INTO "latest_metrics" VALUES('test/vqa_accuracy/yes/no',76.66,1796224528682,100,0,'ef9de43baa3d42babd9f1d32644d53d4');
INSERT INTO "latest_metrics" VALUES('test/vqa_accuracy_unrounded/yes/no',76.657060518732,1796224528682,100,0,'ef9de43baa3d42babd9f1d32644d53d4');
INSERT INTO "latest_metrics" VALUES('test/vqa_accuracy/question_type/yes/no',76.66,1796224528682,100,0,'ef9de43baa3d42babd9f1d32644d53d4');
INSERT INTO "latest_metrics" VALUES('test/vqa_accuracy_unrounded/question_type/yes/no',76.657060518732,1796224528682,100,0,'ef9de43baa3d42babd9f1d32644d53d4');
INSERT INTO "latest_metrics" VALUES('test/vqa_accuracy/other',58.17,1796224528682,100,0,'ef9de43baa3d42babd9f1d32644d53d4');
INSERT INTO "latest_metrics" VALUES('test/vqa_accuracy_unrounded/other',5.81699346405228752149e+01,1796224528682,100,0,'ef9de43baa3d42babd9f1d32644d53d4');
INSERT INTO "latest_metrics" VALUES('test/vqa_accuracy/question_type/shape',94.81,1796224528682,100,0,'ef9de43baa3d42babd9f1d32644d53d4');
INSERT INTO "latest_metrics" VALUES('test/vqa_accuracy_unrounded/question_type/shape',94.8051948051948,1796224528682,100,0,'ef9de43baa3d42babd9f1d32644d53d4');
INSERT INTO "latest_metrics" VALUES('test/vqa_accuracy/question_type/color',21.05,1796224528682,100,0,'ef9de43baa3d42babd9f1d32644d53d4');
INSERT INTO "latest_metrics" VALUES('test/vqa_accuracy_unrounded/question_type/color',2.10526315789473699173e+01,1796224528682,100,0,'ef9de43baa3d42babd9f1d32644d53d4');
INSERT INTO "latest_metrics" VALUES('time/features_s',7.71665675899930647574e+00,1796224528682,100,0,'ef9de43baa3d42babd9f1d32644d53d4');
INSERT INTO "latest_metrics" VALUES('time/lm_load_s',0.445838225999978,1796224528682,100,0,'ef9de43baa3d42babd9f1d32644d53d4');
INSERT INTO "latest_metrics" VALUES('time/train_s',1.23144686154000737587e+02,1796224528682,100,0,'ef9de43baa3d42babd9f1d32644d53d4');
INSERT INTO "latest_metrics" VALUES('time/train_step_s',1.21875729048485359484e+00,1796224528682,100,0,'ef9de43baa3d42babd9f1d32644d53d4');
INSERT INTO "latest_metrics" VALUES('time/eval_s',2.66918960929997410862e+01,1796224528682,100,0,'ef9de43baa3d42babd9f1d32644d53d4');
INSERT INTO "latest_metrics" VALUES('time/eval_example_s',5.33837921859994790629e-02,1796224528682,100,0,'ef9de43baa3d42babd9f1d32644d53d4');
INSERT INTO "latest_metrics" VALUES('time/total_s',1.61730356959000346256e+02,1796224528682,100,0,'ef9de43baa3d42babd9f1d32644d53d4');
INSERT INTO "latest_metrics" VALUES('params/trainable',35303630.0,1796225489210,0,0,'0f9357002c8a40eb8600bf90d6bd3d78');
INSERT INTO "latest_metrics" VALUES('params/lm',134515008.0,1796225489210,0,0,'0f9357002c8a40eb8600bf90d6bd3d78');
INSERT INTO "latest_metrics" VALUES('train/loss',3.5565382242202758789e-01,1796227040009,600,0,'0f9357002c8a40eb8600bf90d6bd3d78');
INSERT INTO "latest_metrics" VALUES('train/lr',1.0e-05,1796227040009,600,0,'0f9357002c8a40eb8600bf90d6bd3d78');
INSERT INTO "latest_metrics" VALUES('train/grad_norm',1.9806041717529296875e+00,1796227040009,600,0,'0f9357002c8a40eb8600bf90d6bd3d78');
INSERT INTO "latest_metrics" VALUES('val/vqa_accuracy',71.0,1796226757830,500,0,'0f9357002c8a40eb8600bf90d6bd3d78');
INSERT INTO "latest_metrics" VALUES('val/vqa_accuracy_unrounded',71.0,1796226757830,500,0,'0f9357002c8a40eb8600bf90d6bd3d78');
INSERT INTO "latest_metrics" VALUES('val/vqa_accuracy/yes/no',84.62,1796226757830,500,0,'0f9357002c8a40eb8600bf90d6bd3d78');
INSERT INTO "latest_metrics" VALUES('val/vqa_accuracy_unrounded/yes/no',8.46153846153846131948e+01,1796226757830,500,0,'0f9357002c8a40eb8600bf90d6bd3d78');
INSERT INTO "latest_metrics" VALUES('val/vqa_accuracy/question_type/yes/no',84.62,1796226757830,500,0,'0f9357002c8a40eb8600bf90d6bd3d78');
INSERT INTO "latest_metrics" VALUES('val/vqa_accuracy_unrounded/question_type/yes/no',8.46153846153846131948e+01,1796226757830,500,0,'0f9357002c8a40eb8600bf90d6bd3d78');
INSERT INTO "latest_metrics" VALUES('val/vqa_accuracy/other',22.73,1796226757830,500,0,'0f9357002c8a40eb8600bf90d6bd3d78');
INSERT INTO "latest_metrics" VALUES('val/vqa_accuracy_unrounded/other',2.27272727272727266263e+01,1796226757830,500,0,'0f9357002c8a40eb8600bf90d6bd3d78');
INSERT INTO "latest_metrics" VALUES('val/vqa_accuracy/question_type/color',14.81,1796226757830,500,0,'0f9357002c8a40eb8600bf90d6bd3d78');
INSERT INTO "latest_metrics" VALUES('val/vqa_accuracy_unrounded/question_type/color',1.48148148148148148806e+01,1796226757830,500,0,'0f9357002c8a40eb8600bf90d6bd3d78');
INSERT INTO "latest_metrics" VALUES('val/vqa_accuracy/question_type/shape',35.29,1796226757830,500,0,'0f9357002c8a40eb8600bf90d6bd3d78');
INSERT INTO "latest_metrics" VALUES('val/vqa_accuracy_unrounded/question_type/shape',3.52941176470588260363e+01,1796226757830,500,0,'0f9357002c8a40eb8600bf90d6bd3d78');
INSERT INTO "latest_metrics" VALUES('test/vqa_accuracy',63.2,1796227120990,600,0,'0f9357002c8a40eb8600bf90d6bd3d78');
INSERT INTO "latest_metrics" VALUES('test/vqa_accuracy_unrounded',63.2,1796227120990,600,0,'0f9357002c8a40eb8600bf90d6bd3d78');
INSERT INTO "latest_metrics" VALUES('test/vqa_accuracy/yes/no',79.83,1796227120990,600,0,'0f9357002c8a40eb8600bf90d6bd3d78');
INSERT INTO "latest_metrics" VALUES('test/vqa_accuracy_unrounded/yes/no',7.98270893371757921368e+01,1796227120990,600,0,'0f9357002c8a40eb8600bf90d6bd3d78');
INSERT INTO "latest_metrics" VALUES('test/vqa_accuracy/question_type/yes/no',79.83,1796227120990,600,0,'0f9357002c8a40eb8600bf90d6bd3d78');
INSERT INTO "latest_metrics" VALUES('test/vqa_accuracy_unrounded/question_type/yes/no',7.98270893371757921368e+01,1796227120990,600,0,'0f9357002c8a40eb8600bf90d6bd3d78');
INSERT INTO "latest_metrics" VALUES('test/vqa_accuracy/other',25.49,1796227120990,600,0,'0f9357002c8a40eb8600bf90d6bd3d78');
INSERT INTO "latest_metrics" VALUES('test/vqa_accuracy_unrounded/other',2.54901960784313708074e+01,1796227120990,600,0,'0f9357002c8a40eb8600bf90d6bd3d78');
INSERT INTO "latest_metrics" VALUES('test/vqa_accuracy/question_type/shape',41.56,1796227120990,600,0,'0f9357002c8a40eb8600bf90d6bd3d78');
INSERT INTO "latest_metrics" VALUES('test/vqa_accuracy_unrounded/question_type/shape',4.15584415584415580715e+01,1796227120990,600,0,'0f9357002c8a40eb8600bf90d6bd3d78');
INSERT INTO "latest_metrics" VALUES('test/vqa_accuracy/question_type/color',9.21,1796227120990,600,0,'0f9357002c8a40eb8600bf90d6bd3d78');
INSERT INTO "latest_metrics" VALUES('test/vqa_accuracy_unrounded/question_type/color',9.21052631578947433865e+00,1796227120990,600,0,'0f9357002c8a40eb8600bf90d6bd3d78');
INSERT INTO "latest_metrics" VALUES('time/features_s',3.60610048200032906606e+00,1796227120990,600,0,'0f9357002c8a40eb8600bf90d6bd3d78');
INSERT INTO "latest_metrics" VALUES('time/lm_load_s',4.42255818999910843558e-01,1796227120990,600,0,'0f9357002c8a40eb8600bf90d6bd3d78');
INSERT INTO "latest_metrics" VALUES('time/train_s',1.55268636647100174734e+03,1796227120990,600,0,'0f9357002c8a40eb8600bf90d6bd3d78');
INSERT INTO "latest_metrics" VALUES('time/train_step_s',2.34761390865774632885e+00,1796227120990,600,0,'0f9357002c8a40eb8600bf90d6bd3d78');
INSERT INTO "latest_metrics" VALUES('time/eval_s',77.100591497001,1796227120990,600,0,'0f9357002c8a40eb8600bf90d6bd3d78');
INSERT INTO "latest_metrics" VALUES('time/eval_example_s',0.154201182994002,1796227120990,600,0,'0f9357002c8a40eb8600bf90d6bd3d78');
INSERT INTO "latest_metrics" VALUES('time/total_s',1.63818602996600020567e+03,1796227120990,600,0,'0f9357002c8a40eb8600bf90d6bd3d78');
INSERT INTO "latest_metrics" VALUES('params/trainable',7107088.0,1796232790970,0,0,'9c744c565bde427aa376e73f48357656');
INSERT INTO "latest_metrics" VALUES('params/lm',134515008.0,1796232790970,0,0,'9c744c565bde427aa376e73f48357656');
INSERT INTO "latest_metrics" VALUES('train/loss',4.0373381972312927246e-01,1796233667486,400,0,'9c744c565bde427aa376e73f48357656');
INSERT INTO "latest_metrics" VALUES('train/lr',1.0e-05,1796233667486,400,0,'9c744c565bde427aa376e73f48357656');
INSERT INTO "latest_metrics" VALUES('train/grad_norm',3.97664141654968261718e+00,1796233667486,400,0,'9c744c565bde427aa376e73f48357656');
INSERT INTO "latest_metrics" VALUES('val/vqa_accuracy',77.0,1796233467248,300,0,'9c744c565bde427aa376e73f48357656');
INSERT INTO "latest_metrics" VALUES('val/vqa_accuracy_unrounded',77.0,1796233467248,300,0,'9c744c565bde427aa376e73f48357656');
INSERT INTO "latest_metrics" VALUES('val/vqa_accuracy/yes/no',84.62,1796233467248,300,0,'9c744c565bde427aa376e73f48357656');
INSERT INTO "latest_metrics" VALUES('val/vqa_accuracy_unrounded/yes/no',8.46153846153846131948e+01,1796233467248,300,0,'9c744c565bde427aa376e73f48357656');
INSERT INTO "latest_metrics" VALUES('val/vqa_accuracy/question_type/yes/no',84.62,1796233467248,300,0,'9c744c565bde427aa376e73f48357656');
INSERT INTO "latest_metrics" VALUES('val/vqa_accuracy_unrounded/question_type/yes/no',8.46153846153846131948e+01,1796233467248,300,0,'9c744c565bde427aa376e73f48357656');
INSERT INTO "latest_metrics" VALUES('val/vqa_accuracy/other',50.0,1796233467248,300,0,'9c744c565bde427aa376e73f48357656');
INSERT INTO "latest_metrics" VALUES('val/vqa_accuracy_unrounded/other',50.0,1796233467248,300,0,'9c744c565bde427aa376e73f48357656');
INSERT INTO "latest_metrics" VALUES('val/vqa_accuracy/question_type/color',18.52,1796233467248,300,0,'9c744c565bde427aa376e73f48357656');
INSERT INTO "latest_metrics" VALUES('val/vqa_accuracy_unrounded/question_type/color',1.85185185185185190448e+01,1796233467248,300,0,'9c744c565bde427aa376e73f48357656');
INSERT INTO "latest_metrics" VALUES('val/vqa_accuracy/question_type/shape',100.0,1796233467248,300,0,'9c744c565bde427aa376e73f48357656');
INSERT INTO "latest_metrics" VALUES('val/vqa_accuracy_unrounded/question_type/shape',100.0,1796233467248,300,0,'9c744c565bde427aa376e73f48357656');
INSERT INTO "latest_metrics" VALUES('test/vqa_accuracy',74.2,1796233725994,400,0,'9c744c565bde427aa376e73f48357656');
INSERT INTO "latest_metrics" VALUES('test/vqa_accuracy_unrounded',74.2,1796233725994,400,0,'9c744c565bde427aa376e73f48357656');
INSERT INTO "latest_metrics" VALUES('test/vqa_accuracy/yes/no',79.54,1796233725994,400,0,'9c744c565bde427aa376e73f48357656');
INSERT INTO "latest_metrics" VALUES('test/vqa_accuracy_unrounded/yes/no',7.95389048991354457012e+01,1796233725994,400,0,'9c744c565bde427aa376e73f48357656');
INSERT INTO "latest_metrics" VALUES('test/vqa_accuracy/question_type/yes/no',79.54,1796233725994,400,0,'9c744c565bde427aa376e73f48357656');
INSERT INTO "latest_metrics" VALUES('test/vqa_accuracy_unrounded/question_type/yes/no',7.95389048991354457012e+01,1796233725994,400,0,'9c744c565bde427aa376e73f48357656');
INSERT INTO "latest_metrics" VALUES('test/vqa_accuracy/other',62.09,1796233725994,400,0,'9c744c565bde427aa376e73f48357656');
INSERT INTO "latest_metrics" VALUES('test/vqa_accuracy_unrounded/other',6.20915032679738558823e+01,1796233725994,400,0,'9c744c565bde427aa376e73f48357656');
INSERT INTO "latest_metrics" VALUES('test/vqa_accuracy/question_type/shape',100.0,1796233725994,400,0,'9c744c565bde427aa376e73f48357656');
INSERT INTO "latest_metrics" VALUES('test/vqa_accuracy_unrounded/question_type/shape',100.0,1796233725994,400,0,'9c744c565bde427aa376e73f48357656');
INSERT INTO "latest_metrics" VALUES('test/vqa_accuracy/question_type/color',23.68,1796233725994,400,0,'9c744c565bde427aa376e73f48357656');
INSERT INTO "latest_metrics" VALUES('test/vqa_accuracy_unrounded/question_type/color',2.36842105263157911556e+01,1796233725994,400,0,'9c744c565bde427aa376e73f48357656');
INSERT INTO "latest_metrics" VALUES('time/features_s',6.8168014099974243436e+00,1796233725994,400,0,'9c744c565bde427aa376e73f48357656');
INSERT INTO "latest_metrics" VALUES('time/lm_load_s',4.44885221000731689855e-01,1796233725994,400,0,'9c744c565bde427aa376e73f48357656');
INSERT INTO "latest_metrics" VALUES('time/train_s',8.76725058101001195574e+02,1796233725994,400,0,'9c744c565bde427aa376e73f48357656');
INSERT INTO "latest_metrics" VALUES('time/train_step_s',1.99987315260901299396e+00,1796233725994,400,0,'9c744c565bde427aa376e73f48357656');
INSERT INTO "latest_metrics" VALUES('time/eval_s',5.82123210809986630937e+01,1796233725994,400,0,'9c744c565bde427aa376e73f48357656');
INSERT INTO "latest_metrics" VALUES('time/eval_example_s',1.16424642161997327072e-01,1796233725994,400,0,'9c744c565bde427aa376e73f48357656');
INSERT INTO "latest_metrics" VALUES('time/total_s',945.820251314999,1796233725994,400,0,'9c744c565bde427aa376e73f48357656');
INSERT INTO "latest_metrics" VALUES('params/trainable',2592576.0,1796236216806,0,0,'218946718bf44424a223ffbe365df18c');
INSERT INTO "latest_metrics" VALUES('params/lm',134515008.0,1796236216806,0,0,'218946718bf44424a223ffbe365df18c');
INSERT INTO "latest_metrics" VALUES('train/loss',4.04515981674194335937e-01,1796237509209,400,0,'218946718bf44424a223ffbe365df18c');
INSERT INTO "latest_metrics" VALUES('train/lr',1.0e-05,1796237509209,400,0,'218946718bf44424a223ffbe365df18c');
INSERT INTO "latest_metrics" VALUES('train/grad_norm',3.69948935508728027343e+00,1796237509209,400,0,'218946718bf44424a223ffbe365df18c');
INSERT INTO "latest_metrics" VALUES('val/vqa_accuracy',76.0,1796237217773,300,0,'218946718bf44424a223ffbe365df18c');
INSERT INTO "latest_metrics" VALUES('val/vqa_accuracy_unrounded',76.0,1796237217773,300,0,'218946718bf44424a223ffbe365df18c');
INSERT INTO "latest_metrics" VALUES('val/vqa_accuracy/yes/no',78.21,1796237217773,300,0,'218946718bf44424a223ffbe365df18c');
INSERT INTO "latest_metrics" VALUES('val/vqa_accuracy_unrounded/yes/no',78.2051282051282,1796237217773,300,0,'218946718bf44424a223ffbe365df18c');
INSERT INTO "latest_metrics" VALUES('val/vqa_accuracy/question_type/yes/no',78.21,1796237217773,300,0,'218946718bf44424a223ffbe365df18c');
INSERT INTO "latest_metrics" VALUES('val/vqa_accuracy_unrounded/question_type/yes/no',78.2051282051282,1796237217773,300,0,'218946718bf44424a223ffbe365df18c');
INSERT INTO "latest_metrics" VALUES('val/vqa_accuracy/other',68.18,1796237217773,300,0,'218946718bf44424a223ffbe365df18c');
INSERT INTO "latest_metrics" VALUES('val/vqa_accuracy_unrounded/other',6.81818181818181869848e+01,1796237217773,300,0,'218946718bf44424a223ffbe365df18c');
INSERT INTO "latest_metrics" VALUES('val/vqa_accuracy/question_type/color',48.15,1796237217773,300,0,'218946718bf44424a223ffbe365df18c');
INSERT INTO "latest_metrics" VALUES('val/vqa_accuracy_unrounded/question_type/color',4.81481481481481452542e+01,1796237217773,300,0,'218946718bf44424a223ffbe365df18c');
INSERT INTO "latest_metrics" VALUES('val/vqa_accuracy/question_type/shape',100.0,1796237217773,300,0,'218946718bf44424a223ffbe365df18c');
INSERT INTO "latest_metrics" VALUES('val/vqa_accuracy_unrounded/question_type/shape',100.0,1796237217773,300,0,'218946718bf44424a223ffbe365df18c');
INSERT INTO "latest_metrics" VALUES('test/vqa_accuracy',81.6,1796237598662,400,0,'218946718bf44424a223ffbe365df18c');
INSERT INTO "latest_metrics" VALUES('test/vqa_accuracy_unrounded',81.6,1796237598662,400,0,'218946718bf44424a223ffbe365df18c');
INSERT INTO "latest_metrics" VALUES('test/vqa_accuracy/yes/no',80.12,1796237598662,400,0,'218946718bf44424a223ffbe365df18c');
INSERT INTO "latest_metrics" VALUES('test/vqa_accuracy_unrounded/yes/no',8.01152737752161385725e+01,1796237598662,400,0,'218946718bf44424a223ffbe365df18c');
INSERT INTO "latest_metrics" VALUES('test/vqa_accuracy/question_type/yes/no',80.12,1796237598662,400,0,'218946718bf44424a223ffbe365df18c');
INSERT INTO "latest_metrics" VALUES('test/vqa_accuracy_unrounded/question_type/yes/no',8.01152737752161385725e+01,1796237598662,400,0,'218946718bf44424a223ffbe365df18c');
INSERT INTO "latest_metrics" VALUES('test/vqa_accuracy/other',84.97,1796237598662,400,0,'218946718bf44424a223ffbe365df18c');
INSERT INTO "latest_metrics" VALUES('test/vqa_accuracy_unrounded/other',84.9673202614379,1796237598662,400,0,'218946718bf44424a223ffbe365df18c');
INSERT INTO "latest_metrics" VALUES('test/vqa_accuracy/question_type/shape',100.0,1796237598662,400,0,'218946718bf44424a223ffbe365df18c');
INSERT INTO "latest_metrics" VALUES('test/vqa_accuracy_unrounded/question_type/shape',100.0,1796237598662,400,0,'218946718bf44424a223ffbe365df18c');
INSERT INTO "latest_metrics" VALUES('test/vqa_accuracy/question_type/color',69.74,1796237598662,400,0,'218946718bf44424a223ffbe365df18c');
INSERT INTO "latest_metrics" VALUES('test/vqa_accuracy_unrounded/question_type/color',6.9736842105263164627e+01,1796237598662,400,0,'218946718bf44424a223ffbe365df18c');
INSERT INTO "latest_metrics" VALUES('time/features_s',9.38400710199857712723e+00,1796237598662,400,0,'218946718bf44424a223ffbe365df18c');
INSERT INTO "latest_metrics" VALUES('time/lm_load_s',6.44084773997747106477e-01,1796237598662,400,0,'218946718bf44424a223ffbe365df18c');
INSERT INTO "latest_metrics" VALUES('time/train_s',1.29250982730299801917e+03,1796237598662,400,0,'218946718bf44424a223ffbe365df18c');
INSERT INTO "latest_metrics" VALUES('time/train_step_s',2.9445875509022,1796237598662,400,0,'218946718bf44424a223ffbe365df18c');
INSERT INTO "latest_metrics" VALUES('time/eval_s',8.92757674479980778414e+01,1796237598662,400,0,'218946718bf44424a223ffbe365df18c');
INSERT INTO "latest_metrics" VALUES('time/eval_example_s',1.78551534895996150131e-01,1796237598662,400,0,'218946718bf44424a223ffbe365df18c');
INSERT INTO "latest_metrics" VALUES('time/total_s',1.39690506110999922389e+03,1796237598662,400,0,'218946718bf44424a223ffbe365df18c');
INSERT INTO "latest_metrics" VALUES('params/trainable',1069632.0,1796238194008,0,0,'f33d18d6cefc420f857300c2b5cfd388');
INSERT INTO "latest_metrics" VALUES('params/lm',134515008.0,1796238194008,0,0,'f33d18d6cefc420f857300c2b5cfd388');
INSERT INTO "latest_metrics" VALUES('train/loss',5.65537631511688232421e-01,1796238456105,100,0,'f33d18d6cefc420f857300c2b5cfd388');
INSERT INTO "latest_metrics" VALUES('train/lr',1.0e-05,1796238456105,100,0,'f33d18d6cefc420f857300c2b5cfd388');
INSERT INTO "latest_metrics" VALUES('train/grad_norm',2.82879900932312,1796238456105,100,0,'f33d18d6cefc420f857300c2b5cfd388');
INSERT INTO "latest_metrics" VALUES('test/vqa_accuracy',69.0,1796238543519,100,0,'f33d18d6cefc420f857300c2b5cfd388');
INSERT INTO "latest_metrics" VALUES('test/vqa_accuracy_unrounded',69.0,1796238543519,100,0,'f33d18d6cefc420f857300c2b5cfd388');
INSERT INTO "latest_metrics" VALUES('test/vqa_accuracy/yes/no',80.12,1796238543519,100,0,'f33d18d6cefc420f857300c2b5cfd388');
INSERT INTO "latest_metrics" VALUES('test/vqa_accuracy_unrounded/yes/no',8.01152737752161385725e+01,1796238543519,100,0,'f33d18d6cefc420f857300c2b5cfd388');
INSERT INTO "latest_metrics" VALUES('test/vqa_accuracy/question_type/yes/no',80.12,1796238543519,100,0,'f33d18d6cefc420f857300c2b5cfd388');
INSERT INTO "latest_metrics" VALUES('test/vqa_accuracy_unrounded/question_type/yes/no',8.01152737752161385725e+01,1796238543519,100,0,'f33d18d6cefc420f857300c2b5cfd388');
INSERT INTO "latest_metrics" VALUES('test/vqa_accuracy/other',43.79,1796238543519,100,0,'f33d18d6cefc420f857300c2b5cfd388');
INSERT INTO "latest_metrics" VALUES('test/vqa_accuracy_unrounded/other',4.3790849673202615123e+01,1796238543519,100,0,'f33d18d6cefc420f857300c2b5cfd388');
INSERT INTO "latest_metrics" VALUES('test/vqa_accuracy/question_type/shape',71.43,1796238543519,100,0,'f33d18d6cefc420f857300c2b5cfd388');
INSERT INTO "latest_metrics" VALUES('test/vqa_accuracy_unrounded/question_type/shape',7.14285714285714305998e+01,1796238543519,100,0,'f33d18d6cefc420f857300c2b5cfd388');
INSERT INTO "latest_metrics" VALUES('test/vqa_accuracy/question_type/color',15.79,1796238543519,100,0,'f33d18d6cefc420f857300c2b5cfd388');
INSERT INTO "latest_metrics" VALUES('test/vqa_accuracy_unrounded/question_type/color',1.57894736842105256613e+01,1796238543519,100,0,'f33d18d6cefc420f857300c2b5cfd388');
INSERT INTO "latest_metrics" VALUES('time/features_s',3.27807630199822597205e+00,1796238543519,100,0,'f33d18d6cefc420f857300c2b5cfd388');
INSERT INTO "latest_metrics" VALUES('time/lm_load_s',4.52194662997499108314e-01,1796238543519,100,0,'f33d18d6cefc420f857300c2b5cfd388');
INSERT INTO "latest_metrics" VALUES('time/train_s',2.62122891942999558523e+02,1796238543519,100,0,'f33d18d6cefc420f857300c2b5cfd388');
INSERT INTO "latest_metrics" VALUES('time/train_step_s',2.59927464511113637257e+00,1796238543519,100,0,'f33d18d6cefc420f857300c2b5cfd388');
INSERT INTO "latest_metrics" VALUES('time/eval_s',8.73586917289976554439e+01,1796238543519,100,0,'f33d18d6cefc420f857300c2b5cfd388');
INSERT INTO "latest_metrics" VALUES('time/eval_example_s',1.74717383457995312223e-01,1796238543519,100,0,'f33d18d6cefc420f857300c2b5cfd388');
INSERT INTO "latest_metrics" VALUES('time/total_s',3.56247698623003088863e+02,1796238543519,100,0,'f33d18d6cefc420f857300c2b5cfd388');
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
INSERT INTO "metrics" VALUES('params/trainable',737856.0,1796222424246,'8d832f822464437487f9f3db74ff42bc',0,0);
INSERT INTO "metrics" VALUES('params/lm',134515008.0,1796222424246,'8d832f822464437487f9f3db74ff42bc',0,0);
INSERT INTO "metrics" VALUES('train/loss',4.16179132461547851562e+00,1796222441034,'8d832f822464437487f9f3db74ff42bc',10,0);
INSERT INTO "metrics" VALUES('train/lr',0.003,1796222441034,'8d832f822464437487f9f3db74ff42bc',10,0);
INSERT INTO "metrics" VALUES('train/loss',1.74056673049926757812e+00,1796222454660,'8d832f822464437487f9f3db74ff42bc',20,0);
INSERT INTO "metrics" VALUES('train/lr',2.90984046807493288919e-03,1796222454660,'8d832f822464437487f9f3db74ff42bc',20,0);
INSERT INTO "metrics" VALUES('train/loss',1.54282772541046142578e+00,1796222467447,'8d832f822464437487f9f3db74ff42bc',30,0);
INSERT INTO "metrics" VALUES('train/lr',2.65023644246287215509e-03,1796222467447,'8d832f822464437487f9f3db74ff42bc',30,0);
INSERT INTO "metrics" VALUES('train/loss',1.09096240997314453125e+00,1796222482503,'8d832f822464437487f9f3db74ff42bc',40,0);
INSERT INTO "metrics" VALUES('train/lr',0.0022525,1796222482503,'8d832f822464437487f9f3db74ff42bc',40,0);
INSERT INTO "metrics" VALUES('train/loss',9.67303752899169921875e-01,1796222496234,'8d832f822464437487f9f3db74ff42bc',50,0);
INSERT INTO "metrics" VALUES('train/lr',1.76460402561206121212e-03,1796222496234,'8d832f822464437487f9f3db74ff42bc',50,0);
INSERT INTO "metrics" VALUES('train/loss',4.84709084033966064453e-01,1796222508797,'8d832f822464437487f9f3db74ff42bc',60,0);
INSERT INTO "metrics" VALUES('train/lr',1.24539597438793931023e-03,1796222508797,'8d832f822464437487f9f3db74ff42bc',60,0);
INSERT INTO "metrics" VALUES('train/loss',1.12475347518920898437e+00,1796222521685,'8d832f822464437487f9f3db74ff42bc',70,0);
INSERT INTO "metrics" VALUES('train/lr',7.57500000000000360544e-04,1796222521685,'8d832f822464437487f9f3db74ff42bc',70,0);
INSERT INTO "metrics" VALUES('train/loss',5.97653985023498535156e-01,1796222535005,'8d832f822464437487f9f3db74ff42bc',80,0);
INSERT INTO "metrics" VALUES('train/lr',3.59763557537128042009e-04,1796222535005,'8d832f822464437487f9f3db74ff42bc',80,0);
INSERT INTO "metrics" VALUES('train/loss',7.23487496376037597656e-01,1796222548159,'8d832f822464437487f9f3db74ff42bc',90,0);
INSERT INTO "metrics" VALUES('train/lr',1.00159531925067063961e-04,1796222548159,'8d832f822464437487f9f3db74ff42bc',90,0);
INSERT INTO "metrics" VALUES('train/loss',0.607572078704834,1796222560645,'8d832f822464437487f9f3db74ff42bc',100,0);
INSERT INTO "metrics" VALUES('train/lr',1.0e-05,1796222560645,'8d832f822464437487f9f3db74ff42bc',100,0);
INSERT INTO "metrics" VALUES('test/vqa_accuracy',66.0,1796222588126,'8d832f822464437487f9f3db74ff42bc',100,0);
INSERT INTO "metrics" VALUES('test/vqa_accuracy_unrounded',66.0,1796222588126,'8d832f822464437487f9f3db74ff42bc',100,0);
INSERT INTO "metrics" VALUES('test/vqa_accuracy/yes/no',69.45,1796222588126,'8d832f822464437487f9f3db74ff42bc',100,0);
INSERT INTO "metrics" VALUES('test/vqa_accuracy_unrounded/yes/no',6.94524495677233488777e+01,1796222588126,'8d832f822464437487f9f3db74ff42bc',100,0);
INSERT INTO "metrics" VALUES('test/vqa_accuracy/question_type/yes/no',69.45,1796222588126,'8d832f822464437487f9f3db74ff42bc',100,0);
INSERT INTO "metrics" VALUES('test/vqa_accuracy_unrounded/question_type/yes/no',6.94524495677233488777e+01,1796222588126,'8d832f822464437487f9f3db74ff42bc',100,0);
INSERT INTO "metrics" VALUES('test/vqa_accuracy/other',58.17,1796222588126,'8d832f822464437487f9f3db74ff42bc',100,0);
INSERT INTO "metrics" VALUES('test/vqa_accuracy_unrounded/other',5.81699346405228752149e+01,1796222588126,'8d832f822464437487f9f3db74ff42bc',100,0);
INSERT INTO "metrics" VALUES('test/vqa_accuracy/question_type/shape',93.51,1796222588126,'8d832f822464437487f9f3db74ff42bc',100,0);
INSERT INTO "metrics" VALUES('test/vqa_accuracy_unrounded/question_type/shape',9.35064935064935127701e+01,1796222588126,'8d832f822464437487f9f3db74ff42bc',100,0);
INSERT INTO "metrics" VALUES('test/vqa_accuracy/question_type/color',22.37,1796222588126,'8d832f822464437487f9f3db74ff42bc',100,0);
INSERT INTO "metrics" VALUES('test/vqa_accuracy_unrounded/question_type/color',2.23684210526315787595e+01,1796222588126,'8d832f822464437487f9f3db74ff42bc',100,0);
INSERT INTO "metrics" VALUES('time/features_s',5.08708912999281892552e-01,1796222588126,'8d832f822464437487f9f3db74ff42bc',100,0);
INSERT INTO "metrics" VALUES('time/lm_load_s',4.21571159000450279563e-01,1796222588126,'8d832f822464437487f9f3db74ff42bc',100,0);
INSERT INTO "metrics" VALUES('time/train_s',1.3647951721900062694e+02,1796222588126,'8d832f822464437487f9f3db74ff42bc',100,0);
INSERT INTO "metrics" VALUES('time/train_step_s',1.3288819994040659278e+00,1796222588126,'8d832f822464437487f9f3db74ff42bc',100,0);
INSERT INTO "metrics" VALUES('time/eval_s',2.73653159059995232382e+01,1796222588126,'8d832f822464437487f9f3db74ff42bc',100,0);
INSERT INTO "metrics" VALUES('time/eval_example_s',5.4730631811999046199e-02,1796222588126,'8d832f822464437487f9f3db74ff42bc',100,0);
INSERT INTO "metrics" VALUES('time/total_s',1.70180047002999344837e+02,1796222588126,'8d832f822464437487f9f3db74ff42bc',100,0);
INSERT INTO "metrics" VALUES('params/trainable',1214081.0,1796222746326,'2f50f8a4302d44b394e62d212f4692c8',0,0);
INSERT INTO "metrics" VALUES('params/lm',134515008.0,1796222746326,'2f50f8a4302d44b394e62d212f4692c8',0,0);
INSERT INTO "metrics" VALUES('train/loss',1.12428979873657226558e+01,1796222777739,'2f50f8a4302d44b394e62d212f4692c8',10,0);
INSERT INTO "metrics" VALUES('train/lr',0.003,1796222777739,'2f50f8a4302d44b394e62d212f4692c8',10,0);
INSERT INTO "metrics" VALUES('train/loss',9.39284801483154296875e+00,1796222804919,'2f50f8a4302d44b394e62d212f4692c8',20,0);
INSERT INTO "metrics" VALUES('train/lr',2.90984046807493288919e-03,1796222804919,'2f50f8a4302d44b394e62d212f4692c8',20,0);
INSERT INTO "metrics" VALUES('train/loss',1.02466354370117187502e+01,1796222832134,'2f50f8a4302d44b394e62d212f4692c8',30,0);
INSERT INTO "metrics" VALUES('train/lr',2.65023644246287215509e-03,1796222832134,'2f50f8a4302d44b394e62d212f4692c8',30,0);
INSERT INTO "metrics" VALUES('train/loss',1.02781944274902343745e+01,1796222859333,'2f50f8a4302d44b394e62d212f4692c8',40,0);
INSERT INTO "metrics" VALUES('train/lr',0.0022525,1796222859333,'2f50f8a4302d44b394e62d212f4692c8',40,0);
INSERT INTO "metrics" VALUES('train/loss',1.1036603927612304687e+01,1796222886496,'2f50f8a4302d44b394e62d212f4692c8',50,0);
INSERT INTO "metrics" VALUES('train/lr',1.76460402561206121212e-03,1796222886496,'2f50f8a4302d44b394e62d212f4692c8',50,0);
INSERT INTO "metrics" VALUES('train/loss',9.6035251617431640625e+00,1796222914555,'2f50f8a4302d44b394e62d212f4692c8',60,0);
INSERT INTO "metrics" VALUES('train/lr',1.24539597438793931023e-03,1796222914555,'2f50f8a4302d44b394e62d212f4692c8',60,0);
INSERT INTO "metrics" VALUES('train/loss',1.04884738922119140629e+01,1796222941620,'2f50f8a4302d44b394e62d212f4692c8',70,0);
INSERT INTO "metrics" VALUES('train/lr',7.57500000000000360544e-04,1796222941620,'2f50f8a4302d44b394e62d212f4692c8',70,0);
INSERT INTO "metrics" VALUES('train/loss',1.00536861419677734372e+01,1796222969544,'2f50f8a4302d44b394e62d212f4692c8',80,0);
INSERT INTO "metrics" VALUES('train/lr',3.59763557537128042009e-04,1796222969544,'2f50f8a4302d44b394e62d212f4692c8',80,0);
INSERT INTO "metrics" VALUES('train/loss',1.03063488006591796875e+01,1796222996050,'2f50f8a4302d44b394e62d212f4692c8',90,0);
INSERT INTO "metrics" VALUES('train/lr',1.00159531925067063961e-04,1796222996050,'2f50f8a4302d44b394e62d212f4692c8',90,0);
INSERT INTO "metrics" VALUES('train/loss',9.96932506561279296875e+00,1796223023440,'2f50f8a4302d44b394e62d212f4692c8',100,0);
INSERT INTO "metrics" VALUES('train/lr',1.0e-05,1796223023440,'2f50f8a4302d44b394e62d212f4692c8',100,0);
INSERT INTO "metrics" VALUES('test/vqa_accuracy',26.2,1796223090638,'2f50f8a4302d44b394e62d212f4692c8',100,0);
INSERT INTO "metrics" VALUES('test/vqa_accuracy_unrounded',26.2,1796223090638,'2f50f8a4302d44b394e62d212f4692c8',100,0);
INSERT INTO "metrics" VALUES('test/vqa_accuracy/yes/no',37.18,1796223090638,'2f50f8a4302d44b394e62d212f4692c8',100,0);
INSERT INTO "metrics" VALUES('test/vqa_accuracy_unrounded/yes/no',3.71757925072046120358e+01,1796223090638,'2f50f8a4302d44b394e62d212f4692c8',100,0);
INSERT INTO "metrics" VALUES('test/vqa_accuracy/question_type/yes/no',37.18,1796223090638,'2f50f8a4302d44b394e62d212f4692c8',100,0);
INSERT INTO "metrics" VALUES('test/vqa_accuracy_unrounded/question_type/yes/no',3.71757925072046120358e+01,1796223090638,'2f50f8a4302d44b394e62d212f4692c8',100,0);
INSERT INTO "metrics" VALUES('test/vqa_accuracy/other',1.31,1796223090638,'2f50f8a4302d44b394e62d212f4692c8',100,0);
INSERT INTO "metrics" VALUES('test/vqa_accuracy_unrounded/other',1.30718954248366014958e+00,1796223090638,'2f50f8a4302d44b394e62d212f4692c8',100,0);
INSERT INTO "metrics" VALUES('test/vqa_accuracy/question_type/shape',0.0,1796223090638,'2f50f8a4302d44b394e62d212f4692c8',100,0);
INSERT INTO "metrics" VALUES('test/vqa_accuracy_unrounded/question_type/shape',0.0,1796223090638,'2f50f8a4302d44b394e62d212f4692c8',100,0);
INSERT INTO "metrics" VALUES('test/vqa_accuracy/question_type/color',2.63,1796223090638,'2f50f8a4302d44b394e62d212f4692c8',100,0);
INSERT INTO "metrics" VALUES('test/vqa_accuracy_unrounded/question_type/color',2.63157894736842123961e+00,1796223090638,'2f50f8a4302d44b394e62d212f4692c8',100,0);
INSERT INTO "metrics" VALUES('test/t2i_recall_at_1',1.0,1796223090638,'2f50f8a4302d44b394e62d212f4692c8',100,0);
INSERT INTO "metrics" VALUES('test/t2i_recall_at_5',4.8,1796223090638,'2f50f8a4302d44b394e62d212f4692c8',100,0);
INSERT INTO "metrics" VALUES('test/t2i_recall_at_10',5.80000000000000071054e+00,1796223090638,'2f50f8a4302d44b394e62d212f4692c8',100,0);
INSERT INTO "metrics" VALUES('test/i2t_recall_at_1',1.52284263959390875342e+00,1796223090638,'2f50f8a4302d44b394e62d212f4692c8',100,0);
INSERT INTO "metrics" VALUES('test/i2t_recall_at_5',5.58375634517766528119e+00,1796223090638,'2f50f8a4302d44b394e62d212f4692c8',100,0);
INSERT INTO "metrics" VALUES('test/i2t_recall_at_10',7.61421319796954421121e+00,1796223090638,'2f50f8a4302d44b394e62d212f4692c8',100,0);
INSERT INTO "metrics" VALUES('time/features_s',5.91744889999972656369e-01,1796223090638,'2f50f8a4302d44b394e62d212f4692c8',100,0);
INSERT INTO "metrics" VALUES('time/lm_load_s',5.27236021000135224312e-01,1796223090638,'2f50f8a4302d44b394e62d212f4692c8',100,0);
INSERT INTO "metrics" VALUES('time/train_s',2.77179373975999624227e+02,1796223090638,'2f50f8a4302d44b394e62d212f4692c8',100,0);
INSERT INTO "metrics" VALUES('time/train_step_s',2.75721891204037339306e+00,1796223090638,'2f50f8a4302d44b394e62d212f4692c8',100,0);
INSERT INTO "metrics" VALUES('time/eval_s',3.66718356569999741627e+01,1796223090638,'2f50f8a4302d44b394e62d212f4692c8',100,0);
INSERT INTO "metrics" VALUES('time/extra_metrics_s',3.04233269589985866332e+01,1796223090638,'2f50f8a4302d44b394e62d212f4692c8',100,0);
INSERT INTO "metrics" VALUES('time/eval_example_s',7.3343671313999950212e-02,1796223090638,'2f50f8a4302d44b394e62d212f4692c8',100,0);
INSERT INTO "metrics" VALUES('time/total_s',3.48971460564000153688e+02,1796223090638,'2f50f8a4302d44b394e62d212f4692c8',100,0);
INSERT INTO "metrics" VALUES('params/trainable',737856.0,1796223179406,'3d050bf688c94e18b2f7530dc3576042',0,0);
INSERT INTO "metrics" VALUES('params/lm',134515008.0,1796223179406,'3d050bf688c94e18b2f7530dc3576042',0,0);
INSERT INTO "metrics" VALUES('train/loss',3.68948006629943847656e+00,1796223193157,'3d050bf688c94e18b2f7530dc3576042',10,0);
INSERT INTO "metrics" VALUES('train/lr',0.003,1796223193157,'3d050bf688c94e18b2f7530dc3576042',10,0);
INSERT INTO "metrics" VALUES('train/loss',2.18995952606201171875e+00,1796223205502,'3d050bf688c94e18b2f7530dc3576042',20,0);
INSERT INTO "metrics" VALUES('train/lr',2.90984046807493288919e-03,1796223205502,'3d050bf688c94e18b2f7530dc3576042',20,0);
INSERT INTO "metrics" VALUES('train/loss',3.18887090682983398437e+00,1796223218419,'3d050bf688c94e18b2f7530dc3576042',30,0);
INSERT INTO "metrics" VALUES('train/lr',2.65023644246287215509e-03,1796223218419,'3d050bf688c94e18b2f7530dc3576042',30,0);
INSERT INTO "metrics" VALUES('train/loss',3.12777090072631835937e+00,1796223237946,'3d050bf688c94e18b2f7530dc3576042',40,0);
INSERT INTO "metrics" VALUES('train/lr',0.0022525,1796223237946,'3d050bf688c94e18b2f7530dc3576042',40,0);
INSERT INTO "metrics" VALUES('train/loss',3.39966940879821777343e+00,1796223256289,'3d050bf688c94e18b2f7530dc3576042',50,0);
INSERT INTO "metrics" VALUES('train/lr',1.76460402561206121212e-03,1796223256289,'3d050bf688c94e18b2f7530dc3576042',50,0);
INSERT INTO "metrics" VALUES('train/loss',2.32084989547729492187e+00,1796223274797,'3d050bf688c94e18b2f7530dc3576042',60,0);
INSERT INTO "metrics" VALUES('train/lr',1.24539597438793931023e-03,1796223274797,'3d050bf688c94e18b2f7530dc3576042',60,0);
INSERT INTO "metrics" VALUES('train/loss',3.50061440467834472656e+00,1796223291190,'3d050bf688c94e18b2f7530dc3576042',70,0);
INSERT INTO "metrics" VALUES('train/lr',7.57500000000000360544e-04,1796223291190,'3d050bf688c94e18b2f7530dc3576042',70,0);
INSERT INTO "metrics" VALUES('train/loss',2.78695130348205566406e+00,1796223308698,'3d050bf688c94e18b2f7530dc3576042',80,0);
INSERT INTO "metrics" VALUES('train/lr',3.59763557537128042009e-04,1796223308698,'3d050bf688c94e18b2f7530dc3576042',80,0);
INSERT INTO "metrics" VALUES('train/loss',3.2278308868408203125e+00,1796223320580,'3d050bf688c94e18b2f7530dc3576042',90,0);
INSERT INTO "metrics" VALUES('train/lr',1.00159531925067063961e-04,1796223320580,'3d050bf688c94e18b2f7530dc3576042',90,0);
INSERT INTO "metrics" VALUES('train/loss',2.82666540145874023437e+00,1796223335160,'3d050bf688c94e18b2f7530dc3576042',100,0);
INSERT INTO "metrics" VALUES('train/lr',1.0e-05,1796223335160,'3d050bf688c94e18b2f7530dc3576042',100,0);
INSERT INTO "metrics" VALUES('test/vqa_accuracy',26.2,1796223380838,'3d050bf688c94e18b2f7530dc3576042',100,0);
INSERT INTO "metrics" VALUES('test/vqa_accuracy_unrounded',26.2,1796223380838,'3d050bf688c94e18b2f7530dc3576042',100,0);
INSERT INTO "metrics" VALUES('test/vqa_accuracy/yes/no',37.18,1796223380838,'3d050bf688c94e18b2f7530dc3576042',100,0);
INSERT INTO "metrics" VALUES('test/vqa_accuracy_unrounded/yes/no',3.71757925072046120358e+01,1796223380838,'3d050bf688c94e18b2f7530dc3576042',100,0);
INSERT INTO "metrics" VALUES('test/vqa_accuracy/question_type/yes/no',37.18,1796223380838,'3d050bf688c94e18b2f7530dc3576042',100,0);
INSERT INTO "metrics" VALUES('test/vqa_accuracy_unrounded/question_type/yes/no',3.71757925072046120358e+01,1796223380838,'3d050bf688c94e18b2f7530dc3576042',100,0);
INSERT INTO "metrics" VALUES('test/vqa_accuracy/other',1.31,1796223380838,'3d050bf688c94e18b2f7530dc3576042',100,0);
INSERT INTO "metrics" VALUES('test/vqa_accuracy_unrounded/other',1.30718954248366014958e+00,1796223380838,'3d050bf688c94e18b2f7530dc3576042',100,0);
INSERT INTO "metrics" VALUES('test/vqa_accuracy/question_type/shape',0.0,1796223380838,'3d050bf688c94e18b2f7530dc3576042',100,0);
INSERT INTO "metrics" VALUES('test/vqa_accuracy_unrounded/question_type/shape',0.0,1796223380838,'3d050bf688c94e18b2f7530dc3576042',100,0);
INSERT INTO "metrics" VALUES('test/vqa_accuracy/question_type/color',2.63,1796223380838,'3d050bf688c94e18b2f7530dc3576042',100,0);
INSERT INTO "metrics" VALUES('test/vqa_accuracy_unrounded/question_type/color',2.63157894736842123961e+00,1796223380838,'3d050bf688c94e18b2f7530dc3576042',100,0);
INSERT INTO "metrics" VALUES('time/features_s',5.88182958999823313206e-01,1796223380838,'3d050bf688c94e18b2f7530dc3576042',100,0);
INSERT INTO "metrics" VALUES('time/lm_load_s',3.49088651999409194104e-01,1796223380838,'3d050bf688c94e18b2f7530dc3576042',100,0);
INSERT INTO "metrics" VALUES('time/train_s',1.55781816499000342439e+02,1796223380838,'3d050bf688c94e18b2f7530dc3576042',100,0);
INSERT INTO "metrics" VALUES('time/train_step_s',1.54657452358579305951e+00,1796223380838,'3d050bf688c94e18b2f7530dc3576042',100,0);
INSERT INTO "metrics" VALUES('time/eval_s',4.55792763110002852044e+01,1796223380838,'3d050bf688c94e18b2f7530dc3576042',100,0);
INSERT INTO "metrics" VALUES('time/eval_example_s',9.11585526220005659681e-02,1796223380838,'3d050bf688c94e18b2f7530dc3576042',100,0);
INSERT INTO "metrics" VALUES('time/total_s',2.06135191401999691147e+02,1796223380838,'3d050bf688c94e18b2f7530dc3576042',100,0);
INSERT INTO "metrics" VALUES('params/trainable',1214081.0,1796223619598,'3bc2c5b88a21468bbdc9b73315218ba0',0,0);
INSERT INTO "metrics" VALUES('params/lm',134515008.0,1796223619598,'3bc2c5b88a21468bbdc9b73315218ba0',0,0);
INSERT INTO "metrics" VALUES('train/loss',1.13467168807983398437e+01,1796223654141,'3bc2c5b88a21468bbdc9b73315218ba0',10,0);
INSERT INTO "metrics" VALUES('train/lr',0.003,1796223654141,'3bc2c5b88a21468bbdc9b73315218ba0',10,0);
INSERT INTO "metrics" VALUES('train/grad_norm',5.48050260543823242187e+00,1796223654141,'3bc2c5b88a21468bbdc9b73315218ba0',10,0);
INSERT INTO "metrics" VALUES('train/loss',9.35065555572509765625e+00,1796223682325,'3bc2c5b88a21468bbdc9b73315218ba0',20,0);
INSERT INTO "metrics" VALUES('train/lr',2.90984046807493288919e-03,1796223682325,'3bc2c5b88a21468bbdc9b73315218ba0',20,0);
INSERT INTO "metrics" VALUES('train/grad_norm',2.27187085151672363281e+00,1796223682325,'3bc2c5b88a21468bbdc9b73315218ba0',20,0);
INSERT INTO "metrics" VALUES('train/loss',9.609050750732421875e+00,1796223712147,'3bc2c5b88a21468bbdc9b73315218ba0',30,0);
INSERT INTO "metrics" VALUES('train/lr',2.65023644246287215509e-03,1796223712147,'3bc2c5b88a21468bbdc9b73315218ba0',30,0);
INSERT INTO "metrics" VALUES('train/grad_norm',1.33337116241455078125e+00,1796223712147,'3bc2c5b88a21468bbdc9b73315218ba0',30,0);
INSERT INTO "metrics" VALUES('train/loss',9.10445690155029296875e+00,1796223742205,'3bc2c5b88a21468bbdc9b73315218ba0',40,0);
INSERT INTO "metrics" VALUES('train/lr',0.0022525,1796223742205,'3bc2c5b88a21468bbdc9b73315218ba0',40,0);
INSERT INTO "metrics" VALUES('train/grad_norm',1.27118027210235595703e+00,1796223742205,'3bc2c5b88a21468bbdc9b73315218ba0',40,0);
INSERT INTO "metrics" VALUES('train/loss',9.1273365020751953125e+00,1796223772595,'3bc2c5b88a21468bbdc9b73315218ba0',50,0);
INSERT INTO "metrics" VALUES('train/lr',1.76460402561206121212e-03,1796223772595,'3bc2c5b88a21468bbdc9b73315218ba0',50,0);
INSERT INTO "metrics" VALUES('train/grad_norm',1.64733636379241943359e+00,1796223772595,'3bc2c5b88a21468bbdc9b73315218ba0',50,0);
INSERT INTO "metrics" VALUES('train/loss',7.9399585723876953125e+00,1796223803587,'3bc2c5b88a21468bbdc9b73315218ba0',60,0);
INSERT INTO "metrics" VALUES('train/lr',1.24539597438793931023e-03,1796223803587,'3bc2c5b88a21468bbdc9b73315218ba0',60,0);
INSERT INTO "metrics" VALUES('train/grad_norm',1.34670817852020263671e+00,1796223803587,'3bc2c5b88a21468bbdc9b73315218ba0',60,0);
INSERT INTO "metrics" VALUES('train/loss',8.1773128509521484375e+00,1796223833237,'3bc2c5b88a21468bbdc9b73315218ba0',70,0);
INSERT INTO "metrics" VALUES('train/lr',7.57500000000000360544e-04,1796223833237,'3bc2c5b88a21468bbdc9b73315218ba0',70,0);
INSERT INTO "metrics" VALUES('train/grad_norm',1.385997772216796875e+00,1796223833237,'3bc2c5b88a21468bbdc9b73315218ba0',70,0);
INSERT INTO "metrics" VALUES('train/loss',8.01651477813720703125e+00,1796223862472,'3bc2c5b88a21468bbdc9b73315218ba0',80,0);
INSERT INTO "metrics" VALUES('train/lr',3.59763557537128042009e-04,1796223862472,'3bc2c5b88a21468bbdc9b73315218ba0',80,0);
INSERT INTO "metrics" VALUES('train/grad_norm',2.19296288490295410156e+00,1796223862472,'3bc2c5b88a21468bbdc9b73315218ba0',80,0);
INSERT INTO "metrics" VALUES('train/loss',8.14597415924072265625e+00,1796223891006,'3bc2c5b88a21468bbdc9b73315218ba0',90,0);
INSERT INTO "metrics" VALUES('train/lr',1.00159531925067063961e-04,1796223891006,'3bc2c5b88a21468bbdc9b73315218ba0',90,0);
INSERT INTO "metrics" VALUES('train/grad_norm',1.47409105300903320312e+00,1796223891006,'3bc2c5b88a21468bbdc9b73315218ba0',90,0);
INSERT INTO "metrics" VALUES('train/loss',7.82431268692016601562e+00,1796223920640,'3bc2c5b88a21468bbdc9b73315218ba0',100,0);
INSERT INTO "metrics" VALUES('train/lr',1.0e-05,1796223920640,'3bc2c5b88a21468bbdc9b73315218ba0',100,0);
INSERT INTO "metrics" VALUES('train/grad_norm',2.75271081924438476562e+00,1796223920640,'3bc2c5b88a21468bbdc9b73315218ba0',100,0);
INSERT INTO "metrics" VALUES('test/vqa_accuracy',47.8,1796223985164,'3bc2c5b88a21468bbdc9b73315218ba0',100,0);
INSERT INTO "metrics" VALUES('test/vqa_accuracy_unrounded',47.8,1796223985164,'3bc2c5b88a21468bbdc9b73315218ba0',100,0);
INSERT INTO "metrics" VALUES('test/vqa_accuracy/yes/no',53.03,1796223985164,'3bc2c5b88a21468bbdc9b73315218ba0',100,0);
INSERT INTO "metrics" VALUES('test/vqa_accuracy_unrounded/yes/no',5.30259365994236304703e+01,1796223985164,'3bc2c5b88a21468bbdc9b73315218ba0',100,0);
INSERT INTO "metrics" VALUES('test/vqa_accuracy/question_type/yes/no',53.03,1796223985164,'3bc2c5b88a21468bbdc9b73315218ba0',100,0);
INSERT INTO "metrics" VALUES('test/vqa_accuracy_unrounded/question_type/yes/no',5.30259365994236304703e+01,1796223985164,'3bc2c5b88a21468bbdc9b73315218ba0',100,0);
INSERT INTO "metrics" VALUES('test/vqa_accuracy/other',35.95,1796223985164,'3bc2c5b88a21468bbdc9b73315218ba0',100,0);
INSERT INTO "metrics" VALUES('test/vqa_accuracy_unrounded/other',3.59477124183006537796e+01,1796223985164,'3bc2c5b88a21468bbdc9b73315218ba0',100,0);
INSERT INTO "metrics" VALUES('test/vqa_accuracy/question_type/shape',54.55,1796223985164,'3bc2c5b88a21468bbdc9b73315218ba0',100,0);
INSERT INTO "metrics" VALUES('test/vqa_accuracy_unrounded/question_type/shape',5.45454545454545467473e+01,1796223985164,'3bc2c5b88a21468bbdc9b73315218ba0',100,0);
INSERT INTO "metrics" VALUES('test/vqa_accuracy/question_type/color',17.11,1796223985164,'3bc2c5b88a21468bbdc9b73315218ba0',100,0);
INSERT INTO "metrics" VALUES('test/vqa_accuracy_unrounded/question_type/color',1.71052631578947362807e+01,1796223985164,'3bc2c5b88a21468bbdc9b73315218ba0',100,0);
INSERT INTO "metrics" VALUES('test/t2i_recall_at_1',3.2,1796223985164,'3bc2c5b88a21468bbdc9b73315218ba0',100,0);
INSERT INTO "metrics" VALUES('test/t2i_recall_at_5',1.12000000000000010658e+01,1796223985164,'3bc2c5b88a21468bbdc9b73315218ba0',100,0);
INSERT INTO "metrics" VALUES('test/t2i_recall_at_10',18.4,1796223985164,'3bc2c5b88a21468bbdc9b73315218ba0',100,0);
INSERT INTO "metrics" VALUES('test/i2t_recall_at_1',3.55329949238578723935e+00,1796223985164,'3bc2c5b88a21468bbdc9b73315218ba0',100,0);
INSERT INTO "metrics" VALUES('test/i2t_recall_at_5',7.10659898477157447871e+00,1796223985164,'3bc2c5b88a21468bbdc9b73315218ba0',100,0);
INSERT INTO "metrics" VALUES('test/i2t_recall_at_10',9.89847715736040711931e+00,1796223985164,'3bc2c5b88a21468bbdc9b73315218ba0',100,0);
INSERT INTO "metrics" VALUES('test/t2i_chance_at_1',1.03451776649746185476e+00,1796223985164,'3bc2c5b88a21468bbdc9b73315218ba0',100,0);
INSERT INTO "metrics" VALUES('test/t2i_chance_at_5',5.05487809975318,1796223985164,'3bc2c5b88a21468bbdc9b73315218ba0',100,0);
INSERT INTO "metrics" VALUES('test/t2i_chance_at_10',9.82666692294383103956e+00,1796223985164,'3bc2c5b88a21468bbdc9b73315218ba0',100,0);
INSERT INTO "metrics" VALUES('test/i2t_chance_at_1',1.03451776649746296499e+00,1796223985164,'3bc2c5b88a21468bbdc9b73315218ba0',100,0);
INSERT INTO "metrics" VALUES('test/i2t_chance_at_5',5.03835702507283222928e+00,1796223985164,'3bc2c5b88a21468bbdc9b73315218ba0',100,0);
INSERT INTO "metrics" VALUES('test/i2t_chance_at_10',9.75745483052654805078e+00,1796223985164,'3bc2c5b88a21468bbdc9b73315218ba0',100,0);
INSERT INTO "metrics" VALUES('time/features_s',6.97884296001575421541e-01,1796223985164,'3bc2c5b88a21468bbdc9b73315218ba0',100,0);
INSERT INTO "metrics" VALUES('time/lm_load_s',4.94893065999349346384e-01,1796223985164,'3bc2c5b88a21468bbdc9b73315218ba0',100,0);
INSERT INTO "metrics" VALUES('time/train_s',3.01109263762999034962e+02,1796223985164,'3bc2c5b88a21468bbdc9b73315218ba0',100,0);
INSERT INTO "metrics" VALUES('time/train_step_s',2.95807024479799673954e+00,1796223985164,'3bc2c5b88a21468bbdc9b73315218ba0',100,0);
INSERT INTO "metrics" VALUES('time/eval_s',3.26825812189999851406e+01,1796223985164,'3bc2c5b88a21468bbdc9b73315218ba0',100,0);
INSERT INTO "metrics" VALUES('time/extra_metrics_s',3.17364936119993217293e+01,1796223985164,'3bc2c5b88a21468bbdc9b73315218ba0',100,0);
INSERT INTO "metrics" VALUES('time/eval_example_s',6.53651624379999740543e-02,1796223985164,'3bc2c5b88a21468bbdc9b73315218ba0',100,0);
INSERT INTO "metrics" VALUES('time/total_s',3.71468157929999506458e+02,1796223985164,'3bc2c5b88a21468bbdc9b73315218ba0',100,0);
INSERT INTO "metrics" VALUES('params/trainable',737856.0,1796224000130,'31a0c905277347d094116204ae300369',0,0);
INSERT INTO "metrics" VALUES('params/lm',134515008.0,1796224000130,'31a0c905277347d094116204ae300369',0,0);
INSERT INTO "metrics" VALUES('train/loss',4.16179132461547851562e+00,1796224012215,'31a0c905277347d094116204ae300369',10,0);
INSERT INTO "metrics" VALUES('train/lr',0.003,1796224012215,'31a0c905277347d094116204ae300369',10,0);
INSERT INTO "metrics" VALUES('train/grad_norm',9.4899120330810546875e+00,1796224012215,'31a0c905277347d094116204ae300369',10,0);
INSERT INTO "metrics" VALUES('train/loss',1.74056673049926757812e+00,1796224023733,'31a0c905277347d094116204ae300369',20,0);
INSERT INTO "metrics" VALUES('train/lr',2.90984046807493288919e-03,1796224023733,'31a0c905277347d094116204ae300369',20,0);
INSERT INTO "metrics" VALUES('train/grad_norm',1.8173907995224,1796224023733,'31a0c905277347d094116204ae300369',20,0);
INSERT INTO "metrics" VALUES('train/loss',1.54282772541046142578e+00,1796224034920,'31a0c905277347d094116204ae300369',30,0);
INSERT INTO "metrics" VALUES('train/lr',2.65023644246287215509e-03,1796224034920,'31a0c905277347d094116204ae300369',30,0);
INSERT INTO "metrics" VALUES('train/grad_norm',5.16201877593994140625e+00,1796224034920,'31a0c905277347d094116204ae300369',30,0);
INSERT INTO "metrics" VALUES('train/loss',1.09096240997314453125e+00,1796224046898,'31a0c905277347d094116204ae300369',40,0);
INSERT INTO "metrics" VALUES('train/lr',0.0022525,1796224046898,'31a0c905277347d094116204ae300369',40,0);
INSERT INTO "metrics" VALUES('train/grad_norm',1.09552288055419921875e+00,1796224046898,'31a0c905277347d094116204ae300369',40,0);
INSERT INTO "metrics" VALUES('train/loss',9.67303752899169921875e-01,1796224059146,'31a0c905277347d094116204ae300369',50,0);
INSERT INTO "metrics" VALUES('train/lr',1.76460402561206121212e-03,1796224059146,'31a0c905277347d094116204ae300369',50,0);
INSERT INTO "metrics" VALUES('train/grad_norm',1.56344556808471679687e+00,1796224059146,'31a0c905277347d094116204ae300369',50,0);
INSERT INTO "metrics" VALUES('train/loss',4.84709084033966064453e-01,1796224071808,'31a0c905277347d094116204ae300369',60,0);
INSERT INTO "metrics" VALUES('train/lr',1.24539597438793931023e-03,1796224071808,'31a0c905277347d094116204ae300369',60,0);
INSERT INTO "metrics" VALUES('train/grad_norm',1.29854094982147216796e+00,1796224071808,'31a0c905277347d094116204ae300369',60,0);
INSERT INTO "metrics" VALUES('train/loss',1.12475347518920898437e+00,1796224084872,'31a0c905277347d094116204ae300369',70,0);
INSERT INTO "metrics" VALUES('train/lr',7.57500000000000360544e-04,1796224084872,'31a0c905277347d094116204ae300369',70,0);
INSERT INTO "metrics" VALUES('train/grad_norm',1.79888355731964111328e+00,1796224084872,'31a0c905277347d094116204ae300369',70,0);
INSERT INTO "metrics" VALUES('train/loss',5.97653985023498535156e-01,1796224097325,'31a0c905277347d094116204ae300369',80,0);
INSERT INTO "metrics" VALUES('train/lr',3.59763557537128042009e-04,1796224097325,'31a0c905277347d094116204ae300369',80,0);
INSERT INTO "metrics" VALUES('train/grad_norm',7.02744007110595703125e-01,1796224097325,'31a0c905277347d094116204ae300369',80,0);
INSERT INTO "metrics" VALUES('train/loss',7.23487496376037597656e-01,1796224108930,'31a0c905277347d094116204ae300369',90,0);
INSERT INTO "metrics" VALUES('train/lr',1.00159531925067063961e-04,1796224108930,'31a0c905277347d094116204ae300369',90,0);
INSERT INTO "metrics" VALUES('train/grad_norm',1.27361130714416503906e+00,1796224108930,'31a0c905277347d094116204ae300369',90,0);
INSERT INTO "metrics" VALUES('train/loss',0.607572078704834,1796224121200,'31a0c905277347d094116204ae300369',100,0);
INSERT INTO "metrics" VALUES('train/lr',1.0e-05,1796224121200,'31a0c905277347d094116204ae300369',100,0);
INSERT INTO "metrics" VALUES('train/grad_norm',1.43746995925903320312e+00,1796224121200,'31a0c905277347d094116204ae300369',100,0);
INSERT INTO "metrics" VALUES('test/vqa_accuracy',66.0,1796224149006,'31a0c905277347d094116204ae300369',100,0);
INSERT INTO "metrics" VALUES('test/vqa_accuracy_unrounded',66.0,1796224149006,'31a0c905277347d094116204ae300369',100,0);
INSERT INTO "metrics" VALUES('test/vqa_accuracy/yes/no',69.45,1796224149006,'31a0c905277347d094116204ae300369',100,0);
INSERT INTO "metrics" VALUES('test/vqa_accuracy_unrounded/yes/no',6.94524495677233488777e+01,1796224149006,'31a0c905277347d094116204ae300369',100,0);
INSERT INTO "metrics" VALUES('test/vqa_accuracy/question_type/yes/no',69.45,1796224149006,'31a0c905277347d094116204ae300369',100,0);
INSERT INTO "metrics" VALUES('test/vqa_accuracy_unrounded/question_type/yes/no',6.94524495677233488777e+01,1796224149006,'31a0c905277347d094116204ae300369',100,0);
INSERT INTO "metrics" VALUES('test/vqa_accuracy/other',58.17,1796224149006,'31a0c905277347d094116204ae300369',100,0);
INSERT INTO "metrics" VALUES('test/vqa_accuracy_unrounded/other',5.81699346405228752149e+01,1796224149006,'31a0c905277347d094116204ae300369',100,0);
INSERT INTO "metrics" VALUES('test/vqa_accuracy/question_type/shape',93.51,1796224149006,'31a0c905277347d094116204ae300369',100,0);
INSERT INTO "metrics" VALUES('test/vqa_accuracy_unrounded/question_type/shape',9.35064935064935127701e+01,1796224149006,'31a0c905277347d094116204ae300369',100,0);
INSERT INTO "metrics" VALUES('test/vqa_accuracy/question_type/color',22.37,1796224149006,'31a0c905277347d094116204ae300369',100,0);
INSERT INTO "metrics" VALUES('test/vqa_accuracy_unrounded/question_type/color',2.23684210526315787595e+01,1796224149006,'31a0c905277347d094116204ae300369',100,0);
INSERT INTO "metrics" VALUES('time/features_s',0.580919392999931,1796224149006,'31a0c905277347d094116204ae300369',100,0);
INSERT INTO "metrics" VALUES('time/lm_load_s',3.40278091000072890892e-01,1796224149006,'31a0c905277347d094116204ae300369',100,0);
INSERT INTO "metrics" VALUES('time/train_s',1.21104300994000368518e+02,1796224149006,'31a0c905277347d094116204ae300369',100,0);
INSERT INTO "metrics" VALUES('time/train_step_s',1.20442698980800888541e+00,1796224149006,'31a0c905277347d094116204ae300369',100,0);
INSERT INTO "metrics" VALUES('time/eval_s',2.7734434096000768477e+01,1796224149006,'31a0c905277347d094116204ae300369',100,0);
INSERT INTO "metrics" VALUES('time/eval_example_s',5.54688681920015372317e-02,1796224149006,'31a0c905277347d094116204ae300369',100,0);
INSERT INTO "metrics" VALUES('time/total_s',1.53506701170999804162e+02,1796224149006,'31a0c905277347d094116204ae300369',100,0);
INSERT INTO "metrics" VALUES('params/trainable',737856.0,1796224193168,'1193a0c1bfbf4e2d98b530e25c294745',0,0);
INSERT INTO "metrics" VALUES('params/lm',134515008.0,1796224193168,'1193a0c1bfbf4e2d98b530e25c294745',0,0);
INSERT INTO "metrics" VALUES('train/loss',2.55408906936645507812e+00,1796224211030,'1193a0c1bfbf4e2d98b530e25c294745',10,0);
INSERT INTO "metrics" VALUES('train/lr',0.003,1796224211030,'1193a0c1bfbf4e2d98b530e25c294745',10,0);
INSERT INTO "metrics" VALUES('train/grad_norm',7.923366546630859375e+00,1796224211030,'1193a0c1bfbf4e2d98b530e25c294745',10,0);
INSERT INTO "metrics" VALUES('train/loss',9.27858710289001464843e-01,1796224227891,'1193a0c1bfbf4e2d98b530e25c294745',20,0);
INSERT INTO "metrics" VALUES('train/lr',2.90984046807493288919e-03,1796224227891,'1193a0c1bfbf4e2d98b530e25c294745',20,0);
INSERT INTO "metrics" VALUES('train/grad_norm',2.6614131927490234375e+00,1796224227891,'1193a0c1bfbf4e2d98b530e25c294745',20,0);
INSERT INTO "metrics" VALUES('train/loss',0.998843789100647,1796224240672,'1193a0c1bfbf4e2d98b530e25c294745',30,0);
INSERT INTO "metrics" VALUES('train/lr',2.65023644246287215509e-03,1796224240672,'1193a0c1bfbf4e2d98b530e25c294745',30,0);
INSERT INTO "metrics" VALUES('train/grad_norm',8.47338795661926269531e-01,1796224240672,'1193a0c1bfbf4e2d98b530e25c294745',30,0);
INSERT INTO "metrics" VALUES('train/loss',5.07366716861724853515e-01,1796224253163,'1193a0c1bfbf4e2d98b530e25c294745',40,0);
INSERT INTO "metrics" VALUES('train/lr',0.0022525,1796224253163,'1193a0c1bfbf4e2d98b530e25c294745',40,0);
INSERT INTO "metrics" VALUES('train/grad_norm',9.58805441856384277343e-01,1796224253163,'1193a0c1bfbf4e2d98b530e25c294745',40,0);
INSERT INTO "metrics" VALUES('train/loss',4.39415395259857177734e-01,1796224265844,'1193a0c1bfbf4e2d98b530e25c294745',50,0);
INSERT INTO "metrics" VALUES('train/lr',1.76460402561206121212e-03,1796224265844,'1193a0c1bfbf4e2d98b530e25c294745',50,0);
INSERT INTO "metrics" VALUES('train/grad_norm',0.474844366312027,1796224265844,'1193a0c1bfbf4e2d98b530e25c294745',50,0);
INSERT INTO "metrics" VALUES('train/loss',6.89191579818725585937e-01,1796224278539,'1193a0c1bfbf4e2d98b530e25c294745',60,0);
INSERT INTO "metrics" VALUES('train/lr',1.24539597438793931023e-03,1796224278539,'1193a0c1bfbf4e2d98b530e25c294745',60,0);
INSERT INTO "metrics" VALUES('train/grad_norm',7.66551315784454345703e-01,1796224278539,'1193a0c1bfbf4e2d98b530e25c294745',60,0);
INSERT INTO "metrics" VALUES('train/loss',4.96867775917053222656e-01,1796224290619,'1193a0c1bfbf4e2d98b530e25c294745',70,0);
INSERT INTO "metrics" VALUES('train/lr',7.57500000000000360544e-04,1796224290619,'1193a0c1bfbf4e2d98b530e25c294745',70,0);
INSERT INTO "metrics" VALUES('train/grad_norm',5.97694098949432373046e-01,1796224290619,'1193a0c1bfbf4e2d98b530e25c294745',70,0);
INSERT INTO "metrics" VALUES('train/loss',6.07248485088348388671e-01,1796224302917,'1193a0c1bfbf4e2d98b530e25c294745',80,0);
INSERT INTO "metrics" VALUES('train/lr',3.59763557537128042009e-04,1796224302917,'1193a0c1bfbf4e2d98b530e25c294745',80,0);
INSERT INTO "metrics" VALUES('train/grad_norm',6.71742379665374755859e-01,1796224302917,'1193a0c1bfbf4e2d98b530e25c294745',80,0);
INSERT INTO "metrics" VALUES('train/loss',6.28275632858276367187e-01,1796224314971,'1193a0c1bfbf4e2d98b530e25c294745',90,0);
INSERT INTO "metrics" VALUES('train/lr',1.00159531925067063961e-04,1796224314971,'1193a0c1bfbf4e2d98b530e25c294745',90,0);
INSERT INTO "metrics" VALUES('train/grad_norm',7.37653493881225585937e-01,1796224314971,'1193a0c1bfbf4e2d98b530e25c294745',90,0);
INSERT INTO "metrics" VALUES('train/loss',3.42499136924743652343e-01,1796224327273,'1193a0c1bfbf4e2d98b530e25c294745',100,0);
INSERT INTO "metrics" VALUES('train/lr',1.0e-05,1796224327273,'1193a0c1bfbf4e2d98b530e25c294745',100,0);
INSERT INTO "metrics" VALUES('train/grad_norm',5.51250815391540527343e-01,1796224327273,'1193a0c1bfbf4e2d98b530e25c294745',100,0);
INSERT INTO "metrics" VALUES('test/vqa_accuracy',67.2,1796224356578,'1193a0c1bfbf4e2d98b530e25c294745',100,0);
INSERT INTO "metrics" VALUES('test/vqa_accuracy_unrounded',67.2,1796224356578,'1193a0c1bfbf4e2d98b530e25c294745',100,0);
INSERT INTO "metrics" VALUES('test/vqa_accuracy/yes/no',73.49,1796224356578,'1193a0c1bfbf4e2d98b530e25c294745',100,0);
INSERT INTO "metrics" VALUES('test/vqa_accuracy_unrounded/yes/no',7.34870317002881847648e+01,1796224356578,'1193a0c1bfbf4e2d98b530e25c294745',100,0);
INSERT INTO "metrics" VALUES('test/vqa_accuracy/question_type/yes/no',73.49,1796224356578,'1193a0c1bfbf4e2d98b530e25c294745',100,0);
INSERT INTO "metrics" VALUES('test/vqa_accuracy_unrounded/question_type/yes/no',7.34870317002881847648e+01,1796224356578,'1193a0c1bfbf4e2d98b530e25c294745',100,0);
INSERT INTO "metrics" VALUES('test/vqa_accuracy/other',52.94,1796224356578,'1193a0c1bfbf4e2d98b530e25c294745',100,0);
INSERT INTO "metrics" VALUES('test/vqa_accuracy_unrounded/other',5.29411764705882319486e+01,1796224356578,'1193a0c1bfbf4e2d98b530e25c294745',100,0);
INSERT INTO "metrics" VALUES('test/vqa_accuracy/question_type/shape',87.01,1796224356578,'1193a0c1bfbf4e2d98b530e25c294745',100,0);
INSERT INTO "metrics" VALUES('test/vqa_accuracy_unrounded/question_type/shape',8.70129870129870113242e+01,1796224356578,'1193a0c1bfbf4e2d98b530e25c294745',100,0);
INSERT INTO "metrics" VALUES('test/vqa_accuracy/question_type/color',18.42,1796224356578,'1193a0c1bfbf4e2d98b530e25c294745',100,0);
INSERT INTO "metrics" VALUES('test/vqa_accuracy_unrounded/question_type/color',1.84210526315789486773e+01,1796224356578,'1193a0c1bfbf4e2d98b530e25c294745',100,0);
INSERT INTO "metrics" VALUES('time/features_s',1.95888612090002425247e+01,1796224356578,'1193a0c1bfbf4e2d98b530e25c294745',100,0);
INSERT INTO "metrics" VALUES('time/lm_load_s',5.41278630000306293368e-01,1796224356578,'1193a0c1bfbf4e2d98b530e25c294745',100,0);
INSERT INTO "metrics" VALUES('time/train_s',1.34140730891000202972e+02,1796224356578,'1193a0c1bfbf4e2d98b530e25c294745',100,0);
INSERT INTO "metrics" VALUES('time/train_step_s',1.32221028560613351743e+00,1796224356578,'1193a0c1bfbf4e2d98b530e25c294745',100,0);
INSERT INTO "metrics" VALUES('time/eval_s',29.2231136040009,1796224356578,'1193a0c1bfbf4e2d98b530e25c294745',100,0);
INSERT INTO "metrics" VALUES('time/eval_example_s',0.0584462272080018,1796224356578,'1193a0c1bfbf4e2d98b530e25c294745',100,0);
INSERT INTO "metrics" VALUES('time/total_s',1.87553943195998726878e+02,1796224356578,'1193a0c1bfbf4e2d98b530e25c294745',100,0);
INSERT INTO "metrics" VALUES('params/trainable',737856.0,1796224378802,'ef9de43baa3d42babd9f1d32644d53d4',0,0);
INSERT INTO "metrics" VALUES('params/lm',134515008.0,1796224378802,'ef9de43baa3d42babd9f1d32644d53d4',0,0);
INSERT INTO "metrics" VALUES('train/loss',1.47293758392333984375e+00,1796224391429,'ef9de43baa3d42babd9f1d32644d53d4',10,0);
INSERT INTO "metrics" VALUES('train/lr',0.003,1796224391429,'ef9de43baa3d42babd9f1d32644d53d4',10,0);
INSERT INTO "metrics" VALUES('train/grad_norm',2.78109574317932128906e+00,1796224391429,'ef9de43baa3d42babd9f1d32644d53d4',10,0);
INSERT INTO "metrics" VALUES('train/loss',9.74638640880584716796e-01,1796224403578,'ef9de43baa3d42babd9f1d32644d53d4',20,0);
INSERT INTO "metrics" VALUES('train/lr',2.90984046807493288919e-03,1796224403578,'ef9de43baa3d42babd9f1d32644d53d4',20,0);
INSERT INTO "metrics" VALUES('train/grad_norm',1.64430570602417,1796224403578,'ef9de43baa3d42babd9f1d32644d53d4',20,0);
INSERT INTO "metrics" VALUES('train/loss',6.58485233783721923828e-01,1796224415903,'ef9de43baa3d42babd9f1d32644d53d4',30,0);
INSERT INTO "metrics" VALUES('train/lr',2.65023644246287215509e-03,1796224415903,'ef9de43baa3d42babd9f1d32644d53d4',30,0);
INSERT INTO "metrics" VALUES('train/grad_norm',7.96995103359222412109e-01,1796224415903,'ef9de43baa3d42babd9f1d32644d53d4',30,0);
INSERT INTO "metrics" VALUES('train/loss',5.20072579383850097656e-01,1796224427936,'ef9de43baa3d42babd9f1d32644d53d4',40,0);
INSERT INTO "metrics" VALUES('train/lr',0.0022525,1796224427936,'ef9de43baa3d42babd9f1d32644d53d4',40,0);
INSERT INTO "metrics" VALUES('train/grad_norm',0.597805380821228,1796224427936,'ef9de43baa3d42babd9f1d32644d53d4',40,0);
INSERT INTO "metrics" VALUES('train/loss',6.60649538040161132812e-01,1796224439609,'ef9de43baa3d42babd9f1d32644d53d4',50,0);
INSERT INTO "metrics" VALUES('train/lr',1.76460402561206121212e-03,1796224439609,'ef9de43baa3d42babd9f1d32644d53d4',50,0);
INSERT INTO "metrics" VALUES('train/grad_norm',0.847638726234436,1796224439609,'ef9de43baa3d42babd9f1d32644d53d4',50,0);
INSERT INTO "metrics" VALUES('train/loss',6.3749128580093383789e-01,1796224451689,'ef9de43baa3d42babd9f1d32644d53d4',60,0);
INSERT INTO "metrics" VALUES('train/lr',1.24539597438793931023e-03,1796224451689,'ef9de43baa3d42babd9f1d32644d53d4',60,0);
INSERT INTO "metrics" VALUES('train/grad_norm',1.20514559745788574218e+00,1796224451689,'ef9de43baa3d42babd9f1d32644d53d4',60,0);
INSERT INTO "metrics" VALUES('train/loss',0.609129011631012,1796224464737,'ef9de43baa3d42babd9f1d32644d53d4',70,0);
INSERT INTO "metrics" VALUES('train/lr',7.57500000000000360544e-04,1796224464737,'ef9de43baa3d42babd9f1d32644d53d4',70,0);
INSERT INTO "metrics" VALUES('train/grad_norm',6.52301967144012451171e-01,1796224464737,'ef9de43baa3d42babd9f1d32644d53d4',70,0);
INSERT INTO "metrics" VALUES('train/loss',5.10654926300048828125e-01,1796224477120,'ef9de43baa3d42babd9f1d32644d53d4',80,0);
INSERT INTO "metrics" VALUES('train/lr',3.59763557537128042009e-04,1796224477120,'ef9de43baa3d42babd9f1d32644d53d4',80,0);
INSERT INTO "metrics" VALUES('train/grad_norm',6.71076893806457519531e-01,1796224477120,'ef9de43baa3d42babd9f1d32644d53d4',80,0);
INSERT INTO "metrics" VALUES('train/loss',4.39857393503189086914e-01,1796224489534,'ef9de43baa3d42babd9f1d32644d53d4',90,0);
INSERT INTO "metrics" VALUES('train/lr',1.00159531925067063961e-04,1796224489534,'ef9de43baa3d42babd9f1d32644d53d4',90,0);
INSERT INTO "metrics" VALUES('train/grad_norm',5.35716593265533447265e-01,1796224489534,'ef9de43baa3d42babd9f1d32644d53d4',90,0);
INSERT INTO "metrics" VALUES('train/loss',4.83504891395568847656e-01,1796224501908,'ef9de43baa3d42babd9f1d32644d53d4',100,0);
INSERT INTO "metrics" VALUES('train/lr',1.0e-05,1796224501908,'ef9de43baa3d42babd9f1d32644d53d4',100,0);
INSERT INTO "metrics" VALUES('train/grad_norm',6.40199482440948486328e-01,1796224501908,'ef9de43baa3d42babd9f1d32644d53d4',100,0);
INSERT INTO "metrics" VALUES('test/vqa_accuracy',71.0,1796224528682,'ef9de43baa3d42babd9f1d32644d53d4',100,0);
INSERT INTO "metrics" VALUES('test/vqa_accuracy_unrounded',71.0,1796224528682,'ef9de43baa3d42babd9f1d32644d53d4',100,0);
INSERT INTO "metrics" VALUES('test/vqa_accuracy/yes/no',76.66,1796224528682,'ef9de43baa3d42babd9f1d32644d53d4',100,0);
INSERT INTO "metrics" VALUES('test/vqa_accuracy_unrounded/yes/no',76.657060518732,1796224528682,'ef9de43baa3d42babd9f1d32644d53d4',100,0);
INSERT INTO "metrics" VALUES('test/vqa_accuracy/question_type/yes/no',76.66,1796224528682,'ef9de43baa3d42babd9f1d32644d53d4',100,0);
INSERT INTO "metrics" VALUES('test/vqa_accuracy_unrounded/question_type/yes/no',76.657060518732,1796224528682,'ef9de43baa3d42babd9f1d32644d53d4',100,0);
INSERT INTO "metrics" VALUES('test/vqa_accuracy/other',58.17,1796224528682,'ef9de43baa3d42babd9f1d32644d53d4',100,0);
INSERT INTO "metrics" VALUES('test/vqa_accuracy_unrounded/other',5.81699346405228752149e+01,1796224528682,'ef9de43baa3d42babd9f1d32644d53d4',100,0);
INSERT INTO "metrics" VALUES('test/vqa_accuracy/question_type/shape',94.81,1796224528682,'ef9de43baa3d42babd9f1d32644d53d4',100,0);
INSERT INTO "metrics" VALUES('test/vqa_accuracy_unrounded/question_type/shape',94.8051948051948,1796224528682,'ef9de43baa3d42babd9f1d32644d53d4',100,0);
INSERT INTO "metrics" VALUES('test/vqa_accuracy/question_type/color',21.05,1796224528682,'ef9de43baa3d42babd9f1d32644d53d4',100,0);
INSERT INTO "metrics" VALUES('test/vqa_accuracy_unrounded/question_type/color',2.10526315789473699173e+01,1796224528682,'ef9de43baa3d42babd9f1d32644d53d4',100,0);
INSERT INTO "metrics" VALUES('time/features_s',7.71665675899930647574e+00,1796224528682,'ef9de43baa3d42babd9f1d32644d53d4',100,0);
INSERT INTO "metrics" VALUES('time/lm_load_s',0.445838225999978,1796224528682,'ef9de43baa3d42babd9f1d32644d53d4',100,0);
INSERT INTO "metrics" VALUES('time/train_s',1.23144686154000737587e+02,1796224528682,'ef9de43baa3d42babd9f1d32644d53d4',100,0);
INSERT INTO "metrics" VALUES('time/train_step_s',1.21875729048485359484e+00,1796224528682,'ef9de43baa3d42babd9f1d32644d53d4',100,0);
INSERT INTO "metrics" VALUES('time/eval_s',2.66918960929997410862e+01,1796224528682,'ef9de43baa3d42babd9f1d32644d53d4',100,0);
INSERT INTO "metrics" VALUES('time/eval_example_s',5.33837921859994790629e-02,1796224528682,'ef9de43baa3d42babd9f1d32644d53d4',100,0);
INSERT INTO "metrics" VALUES('time/total_s',1.61730356959000346256e+02,1796224528682,'ef9de43baa3d42babd9f1d32644d53d4',100,0);
INSERT INTO "metrics" VALUES('params/trainable',35303630.0,1796225489210,'0f9357002c8a40eb8600bf90d6bd3d78',0,0);
INSERT INTO "metrics" VALUES('params/lm',134515008.0,1796225489210,'0f9357002c8a40eb8600bf90d6bd3d78',0,0);
INSERT INTO "metrics" VALUES('train/loss',1.84696078300476074218e+00,1796225510978,'0f9357002c8a40eb8600bf90d6bd3d78',10,0);
INSERT INTO "metrics" VALUES('train/lr',0.001,1796225510978,'0f9357002c8a40eb8600bf90d6bd3d78',10,0);
INSERT INTO "metrics" VALUES('train/grad_norm',38.757080078125,1796225510978,'0f9357002c8a40eb8600bf90d6bd3d78',10,0);
INSERT INTO "metrics" VALUES('train/loss',3.79682630300521850585e-01,1796225529415,'0f9357002c8a40eb8600bf90d6bd3d78',20,0);
INSERT INTO "metrics" VALUES('train/lr',9.99298434359997215375e-04,1796225529415,'0f9357002c8a40eb8600bf90d6bd3d78',20,0);
INSERT INTO "metrics" VALUES('train/grad_norm',7.28045749664306640625e+00,1796225529415,'0f9357002c8a40eb8600bf90d6bd3d78',20,0);
INSERT INTO "metrics" VALUES('train/loss',5.79589784145355224609e-01,1796225548791,'0f9357002c8a40eb8600bf90d6bd3d78',30,0);
INSERT INTO "metrics" VALUES('train/lr',9.97195726104017823171e-04,1796225548791,'0f9357002c8a40eb8600bf90d6bd3d78',30,0);
INSERT INTO "metrics" VALUES('train/grad_norm',3.31294512748718261718e+00,1796225548791,'0f9357002c8a40eb8600bf90d6bd3d78',30,0);
INSERT INTO "metrics" VALUES('train/loss',7.4698925018310546875e-01,1796225569270,'0f9357002c8a40eb8600bf90d6bd3d78',40,0);
INSERT INTO "metrics" VALUES('train/lr',9.9369783558706566845e-04,1796225569270,'0f9357002c8a40eb8600bf90d6bd3d78',40,0);
INSERT INTO "metrics" VALUES('train/grad_norm',1.94105696678161621093e+00,1796225569270,'0f9357002c8a40eb8600bf90d6bd3d78',40,0);
INSERT INTO "metrics" VALUES('train/loss',5.82585930824279785156e-01,1796225587210,'0f9357002c8a40eb8600bf90d6bd3d78',50,0);
INSERT INTO "metrics" VALUES('train/lr',0.000988814677959844,1796225587210,'0f9357002c8a40eb8600bf90d6bd3d78',50,0);
INSERT INTO "metrics" VALUES('train/grad_norm',1.77010500431060791015e+00,1796225587210,'0f9357002c8a40eb8600bf90d6bd3d78',50,0);
INSERT INTO "metrics" VALUES('train/loss',3.29299569129943847656e-01,1796225605987,'0f9357002c8a40eb8600bf90d6bd3d78',60,0);
INSERT INTO "metrics" VALUES('train/lr',9.82560095063185348976e-04,1796225605987,'0f9357002c8a40eb8600bf90d6bd3d78',60,0);
INSERT INTO "metrics" VALUES('train/grad_norm',4.4265422821044921875e+00,1796225605987,'0f9357002c8a40eb8600bf90d6bd3d78',60,0);
INSERT INTO "metrics" VALUES('train/loss',5.52885651588439941406e-01,1796225624935,'0f9357002c8a40eb8600bf90d6bd3d78',70,0);
INSERT INTO "metrics" VALUES('train/lr',9.749518161918488586e-04,1796225624935,'0f9357002c8a40eb8600bf90d6bd3d78',70,0);
INSERT INTO "metrics" VALUES('train/grad_norm',4.84965085983276367187e+00,1796225624935,'0f9357002c8a40eb8600bf90d6bd3d78',70,0);
INSERT INTO "metrics" VALUES('train/loss',4.05368775129318237304e-01,1796225643903,'0f9357002c8a40eb8600bf90d6bd3d78',80,0);
INSERT INTO "metrics" VALUES('train/lr',9.66011407838907629024e-04,1796225643903,'0f9357002c8a40eb8600bf90d6bd3d78',80,0);
INSERT INTO "metrics" VALUES('train/grad_norm',3.09724354743957519531e+00,1796225643903,'0f9357002c8a40eb8600bf90d6bd3d78',80,0);
INSERT INTO "metrics" VALUES('train/loss',4.31611865758895874023e-01,1796225661886,'0f9357002c8a40eb8600bf90d6bd3d78',90,0);
INSERT INTO "metrics" VALUES('train/lr',9.5576421256318212262e-04,1796225661886,'0f9357002c8a40eb8600bf90d6bd3d78',90,0);
INSERT INTO "metrics" VALUES('train/grad_norm',7.39190626144409179687e+00,1796225661886,'0f9357002c8a40eb8600bf90d6bd3d78',90,0);
INSERT INTO "metrics" VALUES('train/loss',4.27308738231658935546e-01,1796225680203,'0f9357002c8a40eb8600bf90d6bd3d78',100,0);
INSERT INTO "metrics" VALUES('train/lr',0.000944239277153003,1796225680203,'0f9357002c8a40eb8600bf90d6bd3d78',100,0);
INSERT INTO "metrics" VALUES('train/grad_norm',2.4460289478302,1796225680203,'0f9357002c8a40eb8600bf90d6bd3d78',100,0);
INSERT INTO "metrics" VALUES('val/vqa_accuracy',69.5,1796225701628,'0f9357002c8a40eb8600bf90d6bd3d78',100,0);
INSERT INTO "metrics" VALUES('val/vqa_accuracy_unrounded',69.5,1796225701628,'0f9357002c8a40eb8600bf90d6bd3d78',100,0);
INSERT INTO "metrics" VALUES('val/vqa_accuracy/yes/no',85.26,1796225701628,'0f9357002c8a40eb8600bf90d6bd3d78',100,0);
INSERT INTO "metrics" VALUES('val/vqa_accuracy_unrounded/yes/no',8.52564102564102626029e+01,1796225701628,'0f9357002c8a40eb8600bf90d6bd3d78',100,0);
INSERT INTO "metrics" VALUES('val/vqa_accuracy/question_type/yes/no',85.26,1796225701628,'0f9357002c8a40eb8600bf90d6bd3d78',100,0);
INSERT INTO "metrics" VALUES('val/vqa_accuracy_unrounded/question_type/yes/no',8.52564102564102626029e+01,1796225701628,'0f9357002c8a40eb8600bf90d6bd3d78',100,0);
INSERT INTO "metrics" VALUES('val/vqa_accuracy/other',13.64,1796225701628,'0f9357002c8a40eb8600bf90d6bd3d78',100,0);
INSERT INTO "metrics" VALUES('val/vqa_accuracy_unrounded/other',1.36363636363636366868e+01,1796225701628,'0f9357002c8a40eb8600bf90d6bd3d78',100,0);
INSERT INTO "metrics" VALUES('val/vqa_accuracy/question_type/color',3.7,1796225701628,'0f9357002c8a40eb8600bf90d6bd3d78',100,0);
INSERT INTO "metrics" VALUES('val/vqa_accuracy_unrounded/question_type/color',3.70370370370370372015e+00,1796225701628,'0f9357002c8a40eb8600bf90d6bd3d78',100,0);
INSERT INTO "metrics" VALUES('val/vqa_accuracy/question_type/shape',29.41,1796225701628,'0f9357002c8a40eb8600bf90d6bd3d78',100,0);
INSERT INTO "metrics" VALUES('val/vqa_accuracy_unrounded/question_type/shape',2.94117647058823514791e+01,1796225701628,'0f9357002c8a40eb8600bf90d6bd3d78',100,0);
INSERT INTO "metrics" VALUES('train/loss',3.76442223787307739257e-01,1796225720851,'0f9357002c8a40eb8600bf90d6bd3d78',110,0);
INSERT INTO "metrics" VALUES('train/lr',0.000931469270289934,1796225720851,'0f9357002c8a40eb8600bf90d6bd3d78',110,0);
INSERT INTO "metrics" VALUES('train/grad_norm',5.35516309738159179687e+00,1796225720851,'0f9357002c8a40eb8600bf90d6bd3d78',110,0);
INSERT INTO "metrics" VALUES('train/loss',5.26427865028381347656e-01,1796225739404,'0f9357002c8a40eb8600bf90d6bd3d78',120,0);
INSERT INTO "metrics" VALUES('train/lr',9.17490389945844900601e-04,1796225739404,'0f9357002c8a40eb8600bf90d6bd3d78',120,0);
INSERT INTO "metrics" VALUES('train/grad_norm',4.99924421310424804687e+00,1796225739404,'0f9357002c8a40eb8600bf90d6bd3d78',120,0);
INSERT INTO "metrics" VALUES('train/loss',3.61367255449295043945e-01,1796225757123,'0f9357002c8a40eb8600bf90d6bd3d78',130,0);
INSERT INTO "metrics" VALUES('train/lr',9.02342260775826918509e-04,1796225757123,'0f9357002c8a40eb8600bf90d6bd3d78',130,0);
INSERT INTO "metrics" VALUES('train/grad_norm',2.15374255180358886718e+00,1796225757123,'0f9357002c8a40eb8600bf90d6bd3d78',130,0);
INSERT INTO "metrics" VALUES('train/loss',6.11699044704437255859e-01,1796225774523,'0f9357002c8a40eb8600bf90d6bd3d78',140,0);
INSERT INTO "metrics" VALUES('train/lr',8.86067821797803566521e-04,1796225774523,'0f9357002c8a40eb8600bf90d6bd3d78',140,0);
INSERT INTO "metrics" VALUES('train/grad_norm',1.69011580944061279296e+00,1796225774523,'0f9357002c8a40eb8600bf90d6bd3d78',140,0);
INSERT INTO "metrics" VALUES('train/loss',0.335163414478302,1796225791688,'0f9357002c8a40eb8600bf90d6bd3d78',150,0);
INSERT INTO "metrics" VALUES('train/lr',8.68713204677218223462e-04,1796225791688,'0f9357002c8a40eb8600bf90d6bd3d78',150,0);
INSERT INTO "metrics" VALUES('train/grad_norm',2.78998208045959472656e+00,1796225791688,'0f9357002c8a40eb8600bf90d6bd3d78',150,0);
INSERT INTO "metrics" VALUES('train/loss',3.34833800792694091796e-01,1796225809340,'0f9357002c8a40eb8600bf90d6bd3d78',160,0);
INSERT INTO "metrics" VALUES('train/lr',8.50327602961817525031e-04,1796225809340,'0f9357002c8a40eb8600bf90d6bd3d78',160,0);
INSERT INTO "metrics" VALUES('train/grad_norm',1.5869623422622680664e+00,1796225809340,'0f9357002c8a40eb8600bf90d6bd3d78',160,0);
INSERT INTO "metrics" VALUES('train/loss',2.67598748207092285156e-01,1796225826811,'0f9357002c8a40eb8600bf90d6bd3d78',170,0);
INSERT INTO "metrics" VALUES('train/lr',8.3096313263719429748e-04,1796225826811,'0f9357002c8a40eb8600bf90d6bd3d78',170,0);
INSERT INTO "metrics" VALUES('train/grad_norm',2.789752960205078125e+00,1796225826811,'0f9357002c8a40eb8600bf90d6bd3d78',170,0);
INSERT INTO "metrics" VALUES('train/loss',5.90638995170593261718e-01,1796225845003,'0f9357002c8a40eb8600bf90d6bd3d78',180,0);
INSERT INTO "metrics" VALUES('train/lr',0.000810674684398365,1796225845003,'0f9357002c8a40eb8600bf90d6bd3d78',180,0);
INSERT INTO "metrics" VALUES('train/grad_norm',6.30735445022583,1796225845003,'0f9357002c8a40eb8600bf90d6bd3d78',180,0);
INSERT INTO "metrics" VALUES('train/loss',6.4179706573486328125e-01,1796225863069,'0f9357002c8a40eb8600bf90d6bd3d78',190,0);
INSERT INTO "metrics" VALUES('train/lr',7.89519768056131418347e-04,1796225863069,'0f9357002c8a40eb8600bf90d6bd3d78',190,0);
INSERT INTO "metrics" VALUES('train/grad_norm',3.46029686927795410156e+00,1796225863069,'0f9357002c8a40eb8600bf90d6bd3d78',190,0);
INSERT INTO "metrics" VALUES('train/loss',5.95297217369079589843e-01,1796225882008,'0f9357002c8a40eb8600bf90d6bd3d78',200,0);
INSERT INTO "metrics" VALUES('train/lr',7.67558349519272464442e-04,1796225882008,'0f9357002c8a40eb8600bf90d6bd3d78',200,0);
INSERT INTO "metrics" VALUES('train/grad_norm',6.82923746109008789062e+00,1796225882008,'0f9357002c8a40eb8600bf90d6bd3d78',200,0);
INSERT INTO "metrics" VALUES('val/vqa_accuracy',71.0,1796225903147,'0f9357002c8a40eb8600bf90d6bd3d78',200,0);
INSERT INTO "metrics" VALUES('val/vqa_accuracy_unrounded',71.0,1796225903147,'0f9357002c8a40eb8600bf90d6bd3d78',200,0);
INSERT INTO "metrics" VALUES('val/vqa_accuracy/yes/no',84.62,1796225903147,'0f9357002c8a40eb8600bf90d6bd3d78',200,0);
INSERT INTO "metrics" VALUES('val/vqa_accuracy_unrounded/yes/no',8.46153846153846131948e+01,1796225903147,'0f9357002c8a40eb8600bf90d6bd3d78',200,0);
INSERT INTO "metrics" VALUES('val/vqa_accuracy/question_type/yes/no',84.62,1796225903147,'0f9357002c8a40eb8600bf90d6bd3d78',200,0);
INSERT INTO "metrics" VALUES('val/vqa_accuracy_unrounded/question_type/yes/no',8.46153846153846131948e+01,1796225903147,'0f9357002c8a40eb8600bf90d6bd3d78',200,0);
INSERT INTO "metrics" VALUES('val/vqa_accuracy/other',22.73,1796225903147,'0f9357002c8a40eb8600bf90d6bd3d78',200,0);
INSERT INTO "metrics" VALUES('val/vqa_accuracy_unrounded/other',2.27272727272727266263e+01,1796225903147,'0f9357002c8a40eb8600bf90d6bd3d78',200,0);
INSERT INTO "metrics" VALUES('val/vqa_accuracy/question_type/color',18.52,1796225903147,'0f9357002c8a40eb8600bf90d6bd3d78',200,0);
INSERT INTO "metrics" VALUES('val/vqa_accuracy_unrounded/question_type/color',1.85185185185185190448e+01,1796225903147,'0f9357002c8a40eb8600bf90d6bd3d78',200,0);
INSERT INTO "metrics" VALUES('val/vqa_accuracy/question_type/shape',29.41,1796225903147,'0f9357002c8a40eb8600bf90d6bd3d78',200,0);
INSERT INTO "metrics" VALUES('val/vqa_accuracy_unrounded/question_type/shape',2.94117647058823514791e+01,1796225903147,'0f9357002c8a40eb8600bf90d6bd3d78',200,0);
INSERT INTO "metrics" VALUES('train/loss',3.6059436202049255371e-01,1796225923952,'0f9357002c8a40eb8600bf90d6bd3d78',210,0);
INSERT INTO "metrics" VALUES('train/lr',7.44852680814661865377e-04,1796225923952,'0f9357002c8a40eb8600bf90d6bd3d78',210,0);
INSERT INTO "metrics" VALUES('train/grad_norm',2.12768149375915527343e+00,1796225923952,'0f9357002c8a40eb8600bf90d6bd3d78',210,0);
INSERT INTO "metrics" VALUES('train/loss',4.22271847724914550781e-01,1796225942384,'0f9357002c8a40eb8600bf90d6bd3d78',220,0);
INSERT INTO "metrics" VALUES('train/lr',7.21467123627133537049e-04,1796225942384,'0f9357002c8a40eb8600bf90d6bd3d78',220,0);
INSERT INTO "metrics" VALUES('train/grad_norm',4.35957574844360351562e+00,1796225942384,'0f9357002c8a40eb8600bf90d6bd3d78',220,0);
INSERT INTO "metrics" VALUES('train/loss',2.52129584550857543945e-01,1796225960053,'0f9357002c8a40eb8600bf90d6bd3d78',230,0);
INSERT INTO "metrics" VALUES('train/lr',6.97467966859293807962e-04,1796225960053,'0f9357002c8a40eb8600bf90d6bd3d78',230,0);
INSERT INTO "metrics" VALUES('train/grad_norm',6.386028289794921875e+00,1796225960053,'0f9357002c8a40eb8600bf90d6bd3d78',230,0);
INSERT INTO "metrics" VALUES('train/loss',4.30763632059097290039e-01,1796225977857,'0f9357002c8a40eb8600bf90d6bd3d78',240,0);
INSERT INTO "metrics" VALUES('train/lr',6.72923238728424908013e-04,1796225977857,'0f9357002c8a40eb8600bf90d6bd3d78',240,0);
INSERT INTO "metrics" VALUES('train/grad_norm',1.52573549747467041015e+00,1796225977857,'0f9357002c8a40eb8600bf90d6bd3d78',240,0);
INSERT INTO "metrics" VALUES('train/loss',2.38953605294227600097e-01,1796225995872,'0f9357002c8a40eb8600bf90d6bd3d78',250,0);
INSERT INTO "metrics" VALUES('train/lr',6.47902513933112434753e-04,1796225995872,'0f9357002c8a40eb8600bf90d6bd3d78',250,0);
INSERT INTO "metrics" VALUES('train/grad_norm',4.013797760009765625e+00,1796225995872,'0f9357002c8a40eb8600bf90d6bd3d78',250,0);
INSERT INTO "metrics" VALUES('train/loss',3.78414183855056762695e-01,1796226013662,'0f9357002c8a40eb8600bf90d6bd3d78',260,0);
INSERT INTO "metrics" VALUES('train/lr',0.000622476716436202,1796226013662,'0f9357002c8a40eb8600bf90d6bd3d78',260,0);
INSERT INTO "metrics" VALUES('train/grad_norm',2.50297975540161132812e+00,1796226013662,'0f9357002c8a40eb8600bf90d6bd3d78',260,0);
INSERT INTO "metrics" VALUES('train/loss',4.4182828068733215332e-01,1796226031674,'0f9357002c8a40eb8600bf90d6bd3d78',270,0);
INSERT INTO "metrics" VALUES('train/lr',5.967179184231215976e-04,1796226031674,'0f9357002c8a40eb8600bf90d6bd3d78',270,0);
INSERT INTO "metrics" VALUES('train/grad_norm',4.21081972122192382812e+00,1796226031674,'0f9357002c8a40eb8600bf90d6bd3d78',270,0);
INSERT INTO "metrics" VALUES('train/loss',6.26332938671112060546e-01,1796226049797,'0f9357002c8a40eb8600bf90d6bd3d78',280,0);
INSERT INTO "metrics" VALUES('train/lr',5.70699136005442400967e-04,1796226049797,'0f9357002c8a40eb8600bf90d6bd3d78',280,0);
INSERT INTO "metrics" VALUES('train/grad_norm',7.738506317138671875e+00,1796226049797,'0f9357002c8a40eb8600bf90d6bd3d78',280,0);
INSERT INTO "metrics" VALUES('train/loss',4.49221372604370117187e-01,1796226068343,'0f9357002c8a40eb8600bf90d6bd3d78',290,0);
INSERT INTO "metrics" VALUES('train/lr',5.44494122248776173805e-04,1796226068343,'0f9357002c8a40eb8600bf90d6bd3d78',290,0);
INSERT INTO "metrics" VALUES('train/grad_norm',2.85859704017639160156e+00,1796226068343,'0f9357002c8a40eb8600bf90d6bd3d78',290,0);
INSERT INTO "metrics" VALUES('train/loss',4.53774183988571166992e-01,1796226086708,'0f9357002c8a40eb8600bf90d6bd3d78',300,0);
INSERT INTO "metrics" VALUES('train/lr',5.18177158111698520776e-04,1796226086708,'0f9357002c8a40eb8600bf90d6bd3d78',300,0);
INSERT INTO "metrics" VALUES('train/grad_norm',3.0855045318603515625e+00,1796226086708,'0f9357002c8a40eb8600bf90d6bd3d78',300,0);
INSERT INTO "metrics" VALUES('val/vqa_accuracy',73.0,1796226113065,'0f9357002c8a40eb8600bf90d6bd3d78',300,0);
INSERT INTO "metrics" VALUES('val/vqa_accuracy_unrounded',73.0,1796226113065,'0f9357002c8a40eb8600bf90d6bd3d78',300,0);
INSERT INTO "metrics" VALUES('val/vqa_accuracy/yes/no',84.62,1796226113065,'0f9357002c8a40eb8600bf90d6bd3d78',300,0);
INSERT INTO "metrics" VALUES('val/vqa_accuracy_unrounded/yes/no',8.46153846153846131948e+01,1796226113065,'0f9357002c8a40eb8600bf90d6bd3d78',300,0);
INSERT INTO "metrics" VALUES('val/vqa_accuracy/question_type/yes/no',84.62,1796226113065,'0f9357002c8a40eb8600bf90d6bd3d78',300,0);
INSERT INTO "metrics" VALUES('val/vqa_accuracy_unrounded/question_type/yes/no',8.46153846153846131948e+01,1796226113065,'0f9357002c8a40eb8600bf90d6bd3d78',300,0);
INSERT INTO "metrics" VALUES('val/vqa_accuracy/other',31.82,1796226113065,'0f9357002c8a40eb8600bf90d6bd3d78',300,0);
INSERT INTO "metrics" VALUES('val/vqa_accuracy_unrounded/other',3.18181818181818165669e+01,1796226113065,'0f9357002c8a40eb8600bf90d6bd3d78',300,0);
INSERT INTO "metrics" VALUES('val/vqa_accuracy/question_type/color',25.93,1796226113065,'0f9357002c8a40eb8600bf90d6bd3d78',300,0);
INSERT INTO "metrics" VALUES('val/vqa_accuracy_unrounded/question_type/color',2.59259259259259273728e+01,1796226113065,'0f9357002c8a40eb8600bf90d6bd3d78',300,0);
INSERT INTO "metrics" VALUES('val/vqa_accuracy/question_type/shape',41.18,1796226113065,'0f9357002c8a40eb8600bf90d6bd3d78',300,0);
INSERT INTO "metrics" VALUES('val/vqa_accuracy_unrounded/question_type/shape',41.1764705882353,1796226113065,'0f9357002c8a40eb8600bf90d6bd3d78',300,0);
INSERT INTO "metrics" VALUES('train/loss',3.71167480945587158203e-01,1796226145357,'0f9357002c8a40eb8600bf90d6bd3d78',310,0);
INSERT INTO "metrics" VALUES('train/lr',4.91822841888301526269e-04,1796226145357,'0f9357002c8a40eb8600bf90d6bd3d78',310,0);
INSERT INTO "metrics" VALUES('train/grad_norm',1.31043660640716552734e+00,1796226145357,'0f9357002c8a40eb8600bf90d6bd3d78',310,0);
INSERT INTO "metrics" VALUES('train/loss',2.37137719988822937011e-01,1796226173317,'0f9357002c8a40eb8600bf90d6bd3d78',320,0);
INSERT INTO "metrics" VALUES('train/lr',4.65505877751223819029e-04,1796226173317,'0f9357002c8a40eb8600bf90d6bd3d78',320,0);
INSERT INTO "metrics" VALUES('train/grad_norm',3.13885760307312,1796226173317,'0f9357002c8a40eb8600bf90d6bd3d78',320,0);
INSERT INTO "metrics" VALUES('train/loss',4.42060708999633789062e-01,1796226200638,'0f9357002c8a40eb8600bf90d6bd3d78',330,0);
INSERT INTO "metrics" VALUES('train/lr',4.39300863994557646077e-04,1796226200638,'0f9357002c8a40eb8600bf90d6bd3d78',330,0);
INSERT INTO "metrics" VALUES('train/grad_norm',1.8091741800308227539e+00,1796226200638,'0f9357002c8a40eb8600bf90d6bd3d78',330,0);
INSERT INTO "metrics" VALUES('train/loss',5.56689381599426269531e-01,1796226228418,'0f9357002c8a40eb8600bf90d6bd3d78',340,0);
INSERT INTO "metrics" VALUES('train/lr',4.13282081576878503655e-04,1796226228418,'0f9357002c8a40eb8600bf90d6bd3d78',340,0);
INSERT INTO "metrics" VALUES('train/grad_norm',2.37114000320434570312e+00,1796226228418,'0f9357002c8a40eb8600bf90d6bd3d78',340,0);
INSERT INTO "metrics" VALUES('train/loss',4.50742810964584350585e-01,1796226256907,'0f9357002c8a40eb8600bf90d6bd3d78',350,0);
INSERT INTO "metrics" VALUES('train/lr',3.8752328356379811677e-04,1796226256907,'0f9357002c8a40eb8600bf90d6bd3d78',350,0);
INSERT INTO "metrics" VALUES('train/grad_norm',2.2035350799560546875e+00,1796226256907,'0f9357002c8a40eb8600bf90d6bd3d78',350,0);
INSERT INTO "metrics" VALUES('train/loss',4.21432167291641235351e-01,1796226285489,'0f9357002c8a40eb8600bf90d6bd3d78',360,0);
INSERT INTO "metrics" VALUES('train/lr',3.62097486066887774922e-04,1796226285489,'0f9357002c8a40eb8600bf90d6bd3d78',360,0);
INSERT INTO "metrics" VALUES('train/grad_norm',2.44474935531616210937e+00,1796226285489,'0f9357002c8a40eb8600bf90d6bd3d78',360,0);
INSERT INTO "metrics" VALUES('train/loss',3.40136200189590454101e-01,1796226313370,'0f9357002c8a40eb8600bf90d6bd3d78',370,0);
INSERT INTO "metrics" VALUES('train/lr',0.000337076761271575,1796226313370,'0f9357002c8a40eb8600bf90d6bd3d78',370,0);
INSERT INTO "metrics" VALUES('train/grad_norm',1.06005108356475830078e+00,1796226313370,'0f9357002c8a40eb8600bf90d6bd3d78',370,0);
INSERT INTO "metrics" VALUES('train/loss',4.76278603076934814453e-01,1796226342198,'0f9357002c8a40eb8600bf90d6bd3d78',380,0);
INSERT INTO "metrics" VALUES('train/lr',3.12532033140706347502e-04,1796226342198,'0f9357002c8a40eb8600bf90d6bd3d78',380,0);
INSERT INTO "metrics" VALUES('train/grad_norm',2.24173450469970703125e+00,1796226342198,'0f9357002c8a40eb8600bf90d6bd3d78',380,0);
INSERT INTO "metrics" VALUES('train/loss',0.178610160946846,1796226370362,'0f9357002c8a40eb8600bf90d6bd3d78',390,0);
INSERT INTO "metrics" VALUES('train/lr',2.88532876372866618416e-04,1796226370362,'0f9357002c8a40eb8600bf90d6bd3d78',390,0);
INSERT INTO "metrics" VALUES('train/grad_norm',2.25357699394226074218e+00,1796226370362,'0f9357002c8a40eb8600bf90d6bd3d78',390,0);
INSERT INTO "metrics" VALUES('train/loss',3.10932159423828125e-01,1796226399094,'0f9357002c8a40eb8600bf90d6bd3d78',400,0);
INSERT INTO "metrics" VALUES('train/lr',2.65147319185338181668e-04,1796226399094,'0f9357002c8a40eb8600bf90d6bd3d78',400,0);
INSERT INTO "metrics" VALUES('train/grad_norm',4.30256032943725585937e+00,1796226399094,'0f9357002c8a40eb8600bf90d6bd3d78',400,0);
INSERT INTO "metrics" VALUES('val/vqa_accuracy',71.5,1796226428762,'0f9357002c8a40eb8600bf90d6bd3d78',400,0);
INSERT INTO "metrics" VALUES('val/vqa_accuracy_unrounded',71.5,1796226428762,'0f9357002c8a40eb8600bf90d6bd3d78',400,0);
INSERT INTO "metrics" VALUES('val/vqa_accuracy/yes/no',84.62,1796226428762,'0f9357002c8a40eb8600bf90d6bd3d78',400,0);
INSERT INTO "metrics" VALUES('val/vqa_accuracy_unrounded/yes/no',8.46153846153846131948e+01,1796226428762,'0f9357002c8a40eb8600bf90d6bd3d78',400,0);
INSERT INTO "metrics" VALUES('val/vqa_accuracy/question_type/yes/no',84.62,1796226428762,'0f9357002c8a40eb8600bf90d6bd3d78',400,0);
INSERT INTO "metrics" VALUES('val/vqa_accuracy_unrounded/question_type/yes/no',8.46153846153846131948e+01,1796226428762,'0f9357002c8a40eb8600bf90d6bd3d78',400,0);
INSERT INTO "metrics" VALUES('val/vqa_accuracy/other',25.0,1796226428762,'0f9357002c8a40eb8600bf90d6bd3d78',400,0);
INSERT INTO "metrics" VALUES('val/vqa_accuracy_unrounded/other',25.0,1796226428762,'0f9357002c8a40eb8600bf90d6bd3d78',400,0);
INSERT INTO "metrics" VALUES('val/vqa_accuracy/question_type/color',18.52,1796226428762,'0f9357002c8a40eb8600bf90d6bd3d78',400,0);
INSERT INTO "metrics" VALUES('val/vqa_accuracy_unrounded/question_type/color',1.85185185185185190448e+01,1796226428762,'0f9357002c8a40eb8600bf90d6bd3d78',400,0);
INSERT INTO "metrics" VALUES('val/vqa_accuracy/question_type/shape',35.29,1796226428762,'0f9357002c8a40eb8600bf90d6bd3d78',400,0);
INSERT INTO "metrics" VALUES('val/vqa_accuracy_unrounded/question_type/shape',3.52941176470588260363e+01,1796226428762,'0f9357002c8a40eb8600bf90d6bd3d78',400,0);
INSERT INTO "metrics" VALUES('train/loss',4.46624636650085449218e-01,1796226460883,'0f9357002c8a40eb8600bf90d6bd3d78',410,0);
INSERT INTO "metrics" VALUES('train/lr',2.42441650480727528393e-04,1796226460883,'0f9357002c8a40eb8600bf90d6bd3d78',410,0);
INSERT INTO "metrics" VALUES('train/grad_norm',2.12820148468017578125e+00,1796226460883,'0f9357002c8a40eb8600bf90d6bd3d78',410,0);
INSERT INTO "metrics" VALUES('train/loss',4.97861027717590332031e-01,1796226490702,'0f9357002c8a40eb8600bf90d6bd3d78',420,0);
INSERT INTO "metrics" VALUES('train/lr',2.20480231943868628698e-04,1796226490702,'0f9357002c8a40eb8600bf90d6bd3d78',420,0);
INSERT INTO "metrics" VALUES('train/grad_norm',2.68806481361389160156e+00,1796226490702,'0f9357002c8a40eb8600bf90d6bd3d78',420,0);
INSERT INTO "metrics" VALUES('train/loss',4.74642783403396606445e-01,1796226518833,'0f9357002c8a40eb8600bf90d6bd3d78',430,0);
INSERT INTO "metrics" VALUES('train/lr',1.99325315601635056099e-04,1796226518833,'0f9357002c8a40eb8600bf90d6bd3d78',430,0);
INSERT INTO "metrics" VALUES('train/grad_norm',1.7967001199722290039e+00,1796226518833,'0f9357002c8a40eb8600bf90d6bd3d78',430,0);
INSERT INTO "metrics" VALUES('train/loss',3.99930268526077270507e-01,1796226547382,'0f9357002c8a40eb8600bf90d6bd3d78',440,0);
INSERT INTO "metrics" VALUES('train/lr',1.790368673628059393e-04,1796226547382,'0f9357002c8a40eb8600bf90d6bd3d78',440,0);
INSERT INTO "metrics" VALUES('train/grad_norm',1.17642414569854736328e+00,1796226547382,'0f9357002c8a40eb8600bf90d6bd3d78',440,0);
INSERT INTO "metrics" VALUES('train/loss',1.3138796389102935791e-01,1796226575570,'0f9357002c8a40eb8600bf90d6bd3d78',450,0);
INSERT INTO "metrics" VALUES('train/lr',1.59672397038182630434e-04,1796226575570,'0f9357002c8a40eb8600bf90d6bd3d78',450,0);
INSERT INTO "metrics" VALUES('train/grad_norm',9.61152017116546630859e-01,1796226575570,'0f9357002c8a40eb8600bf90d6bd3d78',450,0);
INSERT INTO "metrics" VALUES('train/loss',4.99187618494033813476e-01,1796226603405,'0f9357002c8a40eb8600bf90d6bd3d78',460,0);
INSERT INTO "metrics" VALUES('train/lr',1.41286795322781796478e-04,1796226603405,'0f9357002c8a40eb8600bf90d6bd3d78',460,0);
INSERT INTO "metrics" VALUES('train/grad_norm',2.18224930763244628906e+00,1796226603405,'0f9357002c8a40eb8600bf90d6bd3d78',460,0);
INSERT INTO "metrics" VALUES('train/loss',3.50757509469985961914e-01,1796226632653,'0f9357002c8a40eb8600bf90d6bd3d78',470,0);
INSERT INTO "metrics" VALUES('train/lr',1.23932178202196344998e-04,1796226632653,'0f9357002c8a40eb8600bf90d6bd3d78',470,0);
INSERT INTO "metrics" VALUES('train/grad_norm',1.78741157054901123046e+00,1796226632653,'0f9357002c8a40eb8600bf90d6bd3d78',470,0);
INSERT INTO "metrics" VALUES('train/loss',3.8123989105224609375e-01,1796226664136,'0f9357002c8a40eb8600bf90d6bd3d78',480,0);
INSERT INTO "metrics" VALUES('train/lr',1.07657739224173087879e-04,1796226664136,'0f9357002c8a40eb8600bf90d6bd3d78',480,0);
INSERT INTO "metrics" VALUES('train/grad_norm',9.93089199066162109375e-01,1796226664136,'0f9357002c8a40eb8600bf90d6bd3d78',480,0);
INSERT INTO "metrics" VALUES('train/loss',2.37142741680145263671e-01,1796226695280,'0f9357002c8a40eb8600bf90d6bd3d78',490,0);
INSERT INTO "metrics" VALUES('train/lr',9.25096100541550380239e-05,1796226695280,'0f9357002c8a40eb8600bf90d6bd3d78',490,0);
INSERT INTO "metrics" VALUES('train/grad_norm',1.64405453205108642578e+00,1796226695280,'0f9357002c8a40eb8600bf90d6bd3d78',490,0);
INSERT INTO "metrics" VALUES('train/loss',2.19791963696479797363e-01,1796226727478,'0f9357002c8a40eb8600bf90d6bd3d78',500,0);
INSERT INTO "metrics" VALUES('train/lr',7.85307297100659268103e-05,1796226727478,'0f9357002c8a40eb8600bf90d6bd3d78',500,0);
INSERT INTO "metrics" VALUES('train/grad_norm',1.1961669921875,1796226727478,'0f9357002c8a40eb8600bf90d6bd3d78',500,0);
INSERT INTO "metrics" VALUES('val/vqa_accuracy',71.0,1796226757830,'0f9357002c8a40eb8600bf90d6bd3d78',500,0);
INSERT INTO "metrics" VALUES('val/vqa_accuracy_unrounded',71.0,1796226757830,'0f9357002c8a40eb8600bf90d6bd3d78',500,0);
INSERT INTO "metrics" VALUES('val/vqa_accuracy/yes/no',84.62,1796226757830,'0f9357002c8a40eb8600bf90d6bd3d78',500,0);
INSERT INTO "metrics" VALUES('val/vqa_accuracy_unrounded/yes/no',8.46153846153846131948e+01,1796226757830,'0f9357002c8a40eb8600bf90d6bd3d78',500,0);
INSERT INTO "metrics" VALUES('val/vqa_accuracy/question_type/yes/no',84.62,1796226757830,'0f9357002c8a40eb8600bf90d6bd3d78',500,0);
INSERT INTO "metrics" VALUES('val/vqa_accuracy_unrounded/question_type/yes/no',8.46153846153846131948e+01,1796226757830,'0f9357002c8a40eb8600bf90d6bd3d78',500,0);
INSERT INTO "metrics" VALUES('val/vqa_accuracy/other',22.73,1796226757830,'0f9357002c8a40eb8600bf90d6bd3d78',500,0);
INSERT INTO "metrics" VALUES('val/vqa_accuracy_unrounded/other',2.27272727272727266263e+01,1796226757830,'0f9357002c8a40eb8600bf90d6bd3d78',500,0);
INSERT INTO "metrics" VALUES('val/vqa_accuracy/question_type/color',14.81,1796226757830,'0f9357002c8a40eb8600bf90d6bd3d78',500,0);
INSERT INTO "metrics" VALUES('val/vqa_accuracy_unrounded/question_type/color',1.48148148148148148806e+01,1796226757830,'0f9357002c8a40eb8600bf90d6bd3d78',500,0);
INSERT INTO "metrics" VALUES('val/vqa_accuracy/question_type/shape',35.29,1796226757830,'0f9357002c8a40eb8600bf90d6bd3d78',500,0);
INSERT INTO "metrics" VALUES('val/vqa_accuracy_unrounded/question_type/shape',3.52941176470588260363e+01,1796226757830,'0f9357002c8a40eb8600bf90d6bd3d78',500,0);
INSERT INTO "metrics" VALUES('train/loss',4.7686156630516052246e-01,1796226787418,'0f9357002c8a40eb8600bf90d6bd3d78',510,0);
INSERT INTO "metrics" VALUES('train/lr',6.57607228469971370017e-05,1796226787418,'0f9357002c8a40eb8600bf90d6bd3d78',510,0);
INSERT INTO "metrics" VALUES('train/grad_norm',3.97714757919311523437e+00,1796226787418,'0f9357002c8a40eb8600bf90d6bd3d78',510,0);
INSERT INTO "metrics" VALUES('train/loss',3.3386898040771484375e-01,1796226815389,'0f9357002c8a40eb8600bf90d6bd3d78',520,0);
INSERT INTO "metrics" VALUES('train/lr',5.42357874368179515307e-05,1796226815389,'0f9357002c8a40eb8600bf90d6bd3d78',520,0);
INSERT INTO "metrics" VALUES('train/grad_norm',1.81510043144226074218e+00,1796226815389,'0f9357002c8a40eb8600bf90d6bd3d78',520,0);
INSERT INTO "metrics" VALUES('train/loss',3.77276271581649780273e-01,1796226845798,'0f9357002c8a40eb8600bf90d6bd3d78',530,0);
INSERT INTO "metrics" VALUES('train/lr',4.39885921610924790058e-05,1796226845798,'0f9357002c8a40eb8600bf90d6bd3d78',530,0);
INSERT INTO "metrics" VALUES('train/grad_norm',1.22615957260131835937e+00,1796226845798,'0f9357002c8a40eb8600bf90d6bd3d78',530,0);
INSERT INTO "metrics" VALUES('train/loss',3.2509765028953552246e-01,1796226874822,'0f9357002c8a40eb8600bf90d6bd3d78',540,0);
INSERT INTO "metrics" VALUES('train/lr',3.50481838081512629841e-05,1796226874822,'0f9357002c8a40eb8600bf90d6bd3d78',540,0);
INSERT INTO "metrics" VALUES('train/grad_norm',2.68194842338562,1796226874822,'0f9357002c8a40eb8600bf90d6bd3d78',540,0);
INSERT INTO "metrics" VALUES('train/loss',2.63899475336074829101e-01,1796226904328,'0f9357002c8a40eb8600bf90d6bd3d78',550,0);
INSERT INTO "metrics" VALUES('train/lr',2.7439904936814613367e-05,1796226904328,'0f9357002c8a40eb8600bf90d6bd3d78',550,0);
INSERT INTO "metrics" VALUES('train/grad_norm',1.42652332782745361328e+00,1796226904328,'0f9357002c8a40eb8600bf90d6bd3d78',550,0);
INSERT INTO "metrics" VALUES('train/loss',5.38455247879028320312e-01,1796226931583,'0f9357002c8a40eb8600bf90d6bd3d78',560,0);
INSERT INTO "metrics" VALUES('train/lr',2.11853220401559978053e-05,1796226931583,'0f9357002c8a40eb8600bf90d6bd3d78',560,0);
INSERT INTO "metrics" VALUES('train/grad_norm',2.88528227806091308593e+00,1796226931583,'0f9357002c8a40eb8600bf90d6bd3d78',560,0);
INSERT INTO "metrics" VALUES('train/loss',4.44064676761627197265e-01,1796226960656,'0f9357002c8a40eb8600bf90d6bd3d78',570,0);
INSERT INTO "metrics" VALUES('train/lr',1.63021644129344463582e-05,1796226960656,'0f9357002c8a40eb8600bf90d6bd3d78',570,0);
INSERT INTO "metrics" VALUES('train/grad_norm',1.72724008560180664062e+00,1796226960656,'0f9357002c8a40eb8600bf90d6bd3d78',570,0);
INSERT INTO "metrics" VALUES('train/loss',3.82850140333175659179e-01,1796226988161,'0f9357002c8a40eb8600bf90d6bd3d78',580,0);
INSERT INTO "metrics" VALUES('train/lr',1.28042738959821391709e-05,1796226988161,'0f9357002c8a40eb8600bf90d6bd3d78',580,0);
INSERT INTO "metrics" VALUES('train/grad_norm',9.11663889884948730468e-01,1796226988161,'0f9357002c8a40eb8600bf90d6bd3d78',580,0);
INSERT INTO "metrics" VALUES('train/loss',2.94619292020797729492e-01,1796227014486,'0f9357002c8a40eb8600bf90d6bd3d78',590,0);
INSERT INTO "metrics" VALUES('train/lr',1.07015656400028384459e-05,1796227014486,'0f9357002c8a40eb8600bf90d6bd3d78',590,0);
INSERT INTO "metrics" VALUES('train/grad_norm',5.17071676254272460937e+00,1796227014486,'0f9357002c8a40eb8600bf90d6bd3d78',590,0);
INSERT INTO "metrics" VALUES('train/loss',3.5565382242202758789e-01,1796227040009,'0f9357002c8a40eb8600bf90d6bd3d78',600,0);
INSERT INTO "metrics" VALUES('train/lr',1.0e-05,1796227040009,'0f9357002c8a40eb8600bf90d6bd3d78',600,0);
INSERT INTO "metrics" VALUES('train/grad_norm',1.9806041717529296875e+00,1796227040009,'0f9357002c8a40eb8600bf90d6bd3d78',600,0);
INSERT INTO "metrics" VALUES('test/vqa_accuracy',63.2,1796227120990,'0f9357002c8a40eb8600bf90d6bd3d78',600,0);
INSERT INTO "metrics" VALUES('test/vqa_accuracy_unrounded',63.2,1796227120990,'0f9357002c8a40eb8600bf90d6bd3d78',600,0);
INSERT INTO "metrics" VALUES('test/vqa_accuracy/yes/no',79.83,1796227120990,'0f9357002c8a40eb8600bf90d6bd3d78',600,0);
INSERT INTO "metrics" VALUES('test/vqa_accuracy_unrounded/yes/no',7.98270893371757921368e+01,1796227120990,'0f9357002c8a40eb8600bf90d6bd3d78',600,0);
INSERT INTO "metrics" VALUES('test/vqa_accuracy/question_type/yes/no',79.83,1796227120990,'0f9357002c8a40eb8600bf90d6bd3d78',600,0);
INSERT INTO "metrics" VALUES('test/vqa_accuracy_unrounded/question_type/yes/no',7.98270893371757921368e+01,1796227120990,'0f9357002c8a40eb8600bf90d6bd3d78',600,0);
INSERT INTO "metrics" VALUES('test/vqa_accuracy/other',25.49,1796227120990,'0f9357002c8a40eb8600bf90d6bd3d78',600,0);
INSERT INTO "metrics" VALUES('test/vqa_accuracy_unrounded/other',2.54901960784313708074e+01,1796227120990,'0f9357002c8a40eb8600bf90d6bd3d78',600,0);
INSERT INTO "metrics" VALUES('test/vqa_accuracy/question_type/shape',41.56,1796227120990,'0f9357002c8a40eb8600bf90d6bd3d78',600,0);
INSERT INTO "metrics" VALUES('test/vqa_accuracy_unrounded/question_type/shape',4.15584415584415580715e+01,1796227120990,'0f9357002c8a40eb8600bf90d6bd3d78',600,0);
INSERT INTO "metrics" VALUES('test/vqa_accuracy/question_type/color',9.21,1796227120990,'0f9357002c8a40eb8600bf90d6bd3d78',600,0);
INSERT INTO "metrics" VALUES('test/vqa_accuracy_unrounded/question_type/color',9.21052631578947433865e+00,1796227120990,'0f9357002c8a40eb8600bf90d6bd3d78',600,0);
INSERT INTO "metrics" VALUES('time/features_s',3.60610048200032906606e+00,1796227120990,'0f9357002c8a40eb8600bf90d6bd3d78',600,0);
INSERT INTO "metrics" VALUES('time/lm_load_s',4.42255818999910843558e-01,1796227120990,'0f9357002c8a40eb8600bf90d6bd3d78',600,0);
INSERT INTO "metrics" VALUES('time/train_s',1.55268636647100174734e+03,1796227120990,'0f9357002c8a40eb8600bf90d6bd3d78',600,0);
INSERT INTO "metrics" VALUES('time/train_step_s',2.34761390865774632885e+00,1796227120990,'0f9357002c8a40eb8600bf90d6bd3d78',600,0);
INSERT INTO "metrics" VALUES('time/eval_s',77.100591497001,1796227120990,'0f9357002c8a40eb8600bf90d6bd3d78',600,0);
INSERT INTO "metrics" VALUES('time/eval_example_s',0.154201182994002,1796227120990,'0f9357002c8a40eb8600bf90d6bd3d78',600,0);
INSERT INTO "metrics" VALUES('time/total_s',1.63818602996600020567e+03,1796227120990,'0f9357002c8a40eb8600bf90d6bd3d78',600,0);
INSERT INTO "metrics" VALUES('params/trainable',7107088.0,1796232790970,'9c744c565bde427aa376e73f48357656',0,0);
INSERT INTO "metrics" VALUES('params/lm',134515008.0,1796232790970,'9c744c565bde427aa376e73f48357656',0,0);
INSERT INTO "metrics" VALUES('train/loss',2.68172979354858398437e+00,1796232814727,'9c744c565bde427aa376e73f48357656',10,0);
INSERT INTO "metrics" VALUES('train/lr',0.0003,1796232814727,'9c744c565bde427aa376e73f48357656',10,0);
INSERT INTO "metrics" VALUES('train/grad_norm',1.33522674560546875002e+02,1796232814727,'9c744c565bde427aa376e73f48357656',10,0);
INSERT INTO "metrics" VALUES('train/loss',1.01111149787902832031e+00,1796232833337,'9c744c565bde427aa376e73f48357656',20,0);
INSERT INTO "metrics" VALUES('train/lr',2.99529809679460452907e-04,1796232833337,'9c744c565bde427aa376e73f48357656',20,0);
INSERT INTO "metrics" VALUES('train/grad_norm',1.9649078369140625e+01,1796232833337,'9c744c565bde427aa376e73f48357656',20,0);
INSERT INTO "metrics" VALUES('train/loss',1.45282864570617675781e+00,1796232851482,'9c744c565bde427aa376e73f48357656',30,0);
INSERT INTO "metrics" VALUES('train/lr',2.98122288082497313276e-04,1796232851482,'9c744c565bde427aa376e73f48357656',30,0);
INSERT INTO "metrics" VALUES('train/grad_norm',1.03269805908203124997e+02,1796232851482,'9c744c565bde427aa376e73f48357656',30,0);
INSERT INTO "metrics" VALUES('train/loss',6.60867989063262939453e-01,1796232871979,'9c744c565bde427aa376e73f48357656',40,0);
INSERT INTO "metrics" VALUES('train/lr',2.95786563526777518482e-04,1796232871979,'9c744c565bde427aa376e73f48357656',40,0);
INSERT INTO "metrics" VALUES('train/grad_norm',1.05274467468261718745e+01,1796232871979,'9c744c565bde427aa376e73f48357656',40,0);
INSERT INTO "metrics" VALUES('train/loss',4.91308987140655517578e-01,1796232892068,'9c744c565bde427aa376e73f48357656',50,0);
INSERT INTO "metrics" VALUES('train/lr',2.92537784082336053698e-04,1796232892068,'9c744c565bde427aa376e73f48357656',50,0);
INSERT INTO "metrics" VALUES('train/grad_norm',8.2061614990234375e+00,1796232892068,'9c744c565bde427aa376e73f48357656',50,0);
INSERT INTO "metrics" VALUES('train/loss',6.27327799797058105468e-01,1796232911583,'9c744c565bde427aa376e73f48357656',60,0);
INSERT INTO "metrics" VALUES('train/lr',2.88397019330529497116e-04,1796232911583,'9c744c565bde427aa376e73f48357656',60,0);
INSERT INTO "metrics" VALUES('train/grad_norm',6.53881359100341796875e+00,1796232911583,'9c744c565bde427aa376e73f48357656',60,0);
INSERT INTO "metrics" VALUES('train/loss',7.28930592536926269531e-01,1796232930985,'9c744c565bde427aa376e73f48357656',70,0);
INSERT INTO "metrics" VALUES('train/lr',2.83391123719715378424e-04,1796232930985,'9c744c565bde427aa376e73f48357656',70,0);
INSERT INTO "metrics" VALUES('train/grad_norm',1.674784088134765625e+01,1796232930985,'9c744c565bde427aa376e73f48357656',70,0);
INSERT INTO "metrics" VALUES('train/loss',6.84335649013519287109e-01,1796232951401,'9c744c565bde427aa376e73f48357656',80,0);
INSERT INTO "metrics" VALUES('train/lr',2.77552562403850244538e-04,1796232951401,'9c744c565bde427aa376e73f48357656',80,0);
INSERT INTO "metrics" VALUES('train/grad_norm',9.50760650634765625e+00,1796232951401,'9c744c565bde427aa376e73f48357656',80,0);
INSERT INTO "metrics" VALUES('train/loss',8.53340506553649902343e-01,1796232971838,'9c744c565bde427aa376e73f48357656',90,0);
INSERT INTO "metrics" VALUES('train/lr',2.70919200693507656024e-04,1796232971838,'9c744c565bde427aa376e73f48357656',90,0);
INSERT INTO "metrics" VALUES('train/grad_norm',1.12418403625488281247e+01,1796232971838,'9c744c565bde427aa376e73f48357656',90,0);
INSERT INTO "metrics" VALUES('train/loss',4.66904670000076293945e-01,1796232991396,'9c744c565bde427aa376e73f48357656',100,0);
INSERT INTO "metrics" VALUES('train/lr',2.63534058484809607242e-04,1796232991396,'9c744c565bde427aa376e73f48357656',100,0);
INSERT INTO "metrics" VALUES('train/grad_norm',4.0313472747802734375e+00,1796232991396,'9c744c565bde427aa376e73f48357656',100,0);
INSERT INTO "metrics" VALUES('val/vqa_accuracy',61.0,1796233014959,'9c744c565bde427aa376e73f48357656',100,0);
INSERT INTO "metrics" VALUES('val/vqa_accuracy_unrounded',61.0,1796233014959,'9c744c565bde427aa376e73f48357656',100,0);
INSERT INTO "metrics" VALUES('val/vqa_accuracy/yes/no',74.36,1796233014959,'9c744c565bde427aa376e73f48357656',100,0);
INSERT INTO "metrics" VALUES('val/vqa_accuracy_unrounded/yes/no',7.43589743589743648035e+01,1796233014959,'9c744c565bde427aa376e73f48357656',100,0);
INSERT INTO "metrics" VALUES('val/vqa_accuracy/question_type/yes/no',74.36,1796233014959,'9c744c565bde427aa376e73f48357656',100,0);
INSERT INTO "metrics" VALUES('val/vqa_accuracy_unrounded/question_type/yes/no',7.43589743589743648035e+01,1796233014959,'9c744c565bde427aa376e73f48357656',100,0);
INSERT INTO "metrics" VALUES('val/vqa_accuracy/other',13.64,1796233014959,'9c744c565bde427aa376e73f48357656',100,0);
INSERT INTO "metrics" VALUES('val/vqa_accuracy_unrounded/other',1.36363636363636366868e+01,1796233014959,'9c744c565bde427aa376e73f48357656',100,0);
INSERT INTO "metrics" VALUES('val/vqa_accuracy/question_type/color',3.7,1796233014959,'9c744c565bde427aa376e73f48357656',100,0);
INSERT INTO "metrics" VALUES('val/vqa_accuracy_unrounded/question_type/color',3.70370370370370372015e+00,1796233014959,'9c744c565bde427aa376e73f48357656',100,0);
INSERT INTO "metrics" VALUES('val/vqa_accuracy/question_type/shape',29.41,1796233014959,'9c744c565bde427aa376e73f48357656',100,0);
INSERT INTO "metrics" VALUES('val/vqa_accuracy_unrounded/question_type/shape',2.94117647058823514791e+01,1796233014959,'9c744c565bde427aa376e73f48357656',100,0);
INSERT INTO "metrics" VALUES('train/loss',4.38462466001510620117e-01,1796233034025,'9c744c565bde427aa376e73f48357656',110,0);
INSERT INTO "metrics" VALUES('train/lr',2.55445031258891882674e-04,1796233034025,'9c744c565bde427aa376e73f48357656',110,0);
INSERT INTO "metrics" VALUES('train/grad_norm',5.4215602874755859375e+00,1796233034025,'9c744c565bde427aa376e73f48357656',110,0);
INSERT INTO "metrics" VALUES('train/loss',5.30098795890808105468e-01,1796233054138,'9c744c565bde427aa376e73f48357656',120,0);
INSERT INTO "metrics" VALUES('train/lr',2.46704579461329656132e-04,1796233054138,'9c744c565bde427aa376e73f48357656',120,0);
INSERT INTO "metrics" VALUES('train/grad_norm',6.49431848526001,1796233054138,'9c744c565bde427aa376e73f48357656',120,0);
INSERT INTO "metrics" VALUES('train/loss',3.33759725093841552734e-01,1796233074744,'9c744c565bde427aa376e73f48357656',130,0);
INSERT INTO "metrics" VALUES('train/lr',2.37369388276017535821e-04,1796233074744,'9c744c565bde427aa376e73f48357656',130,0);
INSERT INTO "metrics" VALUES('train/grad_norm',5.32506465911865234375e+00,1796233074744,'9c744c565bde427aa376e73f48357656',130,0);
INSERT INTO "metrics" VALUES('train/loss',5.52394092082977294921e-01,1796233095218,'9c744c565bde427aa376e73f48357656',140,0);
INSERT INTO "metrics" VALUES('train/lr',2.27499999999999973293e-04,1796233095218,'9c744c565bde427aa376e73f48357656',140,0);
INSERT INTO "metrics" VALUES('train/grad_norm',4.39327955245971679687e+00,1796233095218,'9c744c565bde427aa376e73f48357656',140,0);
INSERT INTO "metrics" VALUES('train/loss',4.21509236097335815429e-01,1796233116223,'9c744c565bde427aa376e73f48357656',150,0);
INSERT INTO "metrics" VALUES('train/lr',2.17160421403442808639e-04,1796233116223,'9c744c565bde427aa376e73f48357656',150,0);
INSERT INTO "metrics" VALUES('train/grad_norm',6.36329174041748046875e+00,1796233116223,'9c744c565bde427aa376e73f48357656',150,0);
INSERT INTO "metrics" VALUES('train/loss',3.85771512985229492187e-01,1796233137237,'9c744c565bde427aa376e73f48357656',160,0);
INSERT INTO "metrics" VALUES('train/lr',2.06417708621167657117e-04,1796233137237,'9c744c565bde427aa376e73f48357656',160,0);
INSERT INTO "metrics" VALUES('train/grad_norm',3.73008651733398437504e+01,1796233137237,'9c744c565bde427aa376e73f48357656',160,0);
INSERT INTO "metrics" VALUES('train/loss',4.89075809717178344726e-01,1796233157909,'9c744c565bde427aa376e73f48357656',170,0);
INSERT INTO "metrics" VALUES('train/lr',1.95341532267885635782e-04,1796233157909,'9c744c565bde427aa376e73f48357656',170,0);
INSERT INTO "metrics" VALUES('train/grad_norm',3.32489633560180664062e+00,1796233157909,'9c744c565bde427aa376e73f48357656',170,0);
INSERT INTO "metrics" VALUES('train/loss',2.45055839419364929199e-01,1796233178813,'9c744c565bde427aa376e73f48357656',180,0);
INSERT INTO "metrics" VALUES('train/lr',1.8400372559752644643e-04,1796233178813,'9c744c565bde427aa376e73f48357656',180,0);
INSERT INTO "metrics" VALUES('train/grad_norm',3.15057063102722167968e+00,1796233178813,'9c744c565bde427aa376e73f48357656',180,0);
INSERT INTO "metrics" VALUES('train/loss',4.32835817337036132812e-01,1796233198242,'9c744c565bde427aa376e73f48357656',190,0);
INSERT INTO "metrics" VALUES('train/lr',1.72477818637021813961e-04,1796233198242,'9c744c565bde427aa376e73f48357656',190,0);
INSERT INTO "metrics" VALUES('train/grad_norm',4.198394775390625e+00,1796233198242,'9c744c565bde427aa376e73f48357656',190,0);
INSERT INTO "metrics" VALUES('train/loss',0.298370361328125,1796233217338,'9c744c565bde427aa376e73f48357656',200,0);
INSERT INTO "metrics" VALUES('train/lr',1.6083856131586518807e-04,1796233217338,'9c744c565bde427aa376e73f48357656',200,0);
INSERT INTO "metrics" VALUES('train/grad_norm',2.92192029953002929687e+00,1796233217338,'9c744c565bde427aa376e73f48357656',200,0);
INSERT INTO "metrics" VALUES('val/vqa_accuracy',75.0,1796233241111,'9c744c565bde427aa376e73f48357656',200,0);
INSERT INTO "metrics" VALUES('val/vqa_accuracy_unrounded',75.0,1796233241111,'9c744c565bde427aa376e73f48357656',200,0);
INSERT INTO "metrics" VALUES('val/vqa_accuracy/yes/no',83.97,1796233241111,'9c744c565bde427aa376e73f48357656',200,0);
INSERT INTO "metrics" VALUES('val/vqa_accuracy_unrounded/yes/no',8.39743589743589780027e+01,1796233241111,'9c744c565bde427aa376e73f48357656',200,0);
INSERT INTO "metrics" VALUES('val/vqa_accuracy/question_type/yes/no',83.97,1796233241111,'9c744c565bde427aa376e73f48357656',200,0);
INSERT INTO "metrics" VALUES('val/vqa_accuracy_unrounded/question_type/yes/no',8.39743589743589780027e+01,1796233241111,'9c744c565bde427aa376e73f48357656',200,0);
INSERT INTO "metrics" VALUES('val/vqa_accuracy/other',43.18,1796233241111,'9c744c565bde427aa376e73f48357656',200,0);
INSERT INTO "metrics" VALUES('val/vqa_accuracy_unrounded/other',4.31818181818181798812e+01,1796233241111,'9c744c565bde427aa376e73f48357656',200,0);
INSERT INTO "metrics" VALUES('val/vqa_accuracy/question_type/color',14.81,1796233241111,'9c744c565bde427aa376e73f48357656',200,0);
INSERT INTO "metrics" VALUES('val/vqa_accuracy_unrounded/question_type/color',1.48148148148148148806e+01,1796233241111,'9c744c565bde427aa376e73f48357656',200,0);
INSERT INTO "metrics" VALUES('val/vqa_accuracy/question_type/shape',88.24,1796233241111,'9c744c565bde427aa376e73f48357656',200,0);
INSERT INTO "metrics" VALUES('val/vqa_accuracy_unrounded/question_type/shape',8.82352941176470579893e+01,1796233241111,'9c744c565bde427aa376e73f48357656',200,0);
INSERT INTO "metrics" VALUES('train/loss',3.20666939020156860351e-01,1796233262333,'9c744c565bde427aa376e73f48357656',210,0);
INSERT INTO "metrics" VALUES('train/lr',1.49161438684134838982e-04,1796233262333,'9c744c565bde427aa376e73f48357656',210,0);
INSERT INTO "metrics" VALUES('train/grad_norm',3.15872931480407714843e+00,1796233262333,'9c744c565bde427aa376e73f48357656',210,0);
INSERT INTO "metrics" VALUES('train/loss',3.07020604610443115234e-01,1796233282928,'9c744c565bde427aa376e73f48357656',220,0);
INSERT INTO "metrics" VALUES('train/lr',1.37522181362978158881e-04,1796233282928,'9c744c565bde427aa376e73f48357656',220,0);
INSERT INTO "metrics" VALUES('train/grad_norm',3.25112771987915039062e+00,1796233282928,'9c744c565bde427aa376e73f48357656',220,0);
INSERT INTO "metrics" VALUES('train/loss',5.13067781925201416015e-01,1796233302025,'9c744c565bde427aa376e73f48357656',230,0);
INSERT INTO "metrics" VALUES('train/lr',1.25996274402473580622e-04,1796233302025,'9c744c565bde427aa376e73f48357656',230,0);
INSERT INTO "metrics" VALUES('train/grad_norm',3.30982422828674316406e+00,1796233302025,'9c744c565bde427aa376e73f48357656',230,0);
INSERT INTO "metrics" VALUES('train/loss',3.46624970436096191406e-01,1796233321772,'9c744c565bde427aa376e73f48357656',240,0);
INSERT INTO "metrics" VALUES('train/lr',1.14658467732114364165e-04,1796233321772,'9c744c565bde427aa376e73f48357656',240,0);
INSERT INTO "metrics" VALUES('train/grad_norm',4.3315181732177734375e+00,1796233321772,'9c744c565bde427aa376e73f48357656',240,0);
INSERT INTO "metrics" VALUES('train/loss',5.00287532806396484375e-01,1796233340928,'9c744c565bde427aa376e73f48357656',250,0);
INSERT INTO "metrics" VALUES('train/lr',1.03582291378832315725e-04,1796233340928,'9c744c565bde427aa376e73f48357656',250,0);
INSERT INTO "metrics" VALUES('train/grad_norm',7.00076627731323242187e+00,1796233340928,'9c744c565bde427aa376e73f48357656',250,0);
INSERT INTO "metrics" VALUES('train/loss',2.39128664135932922363e-01,1796233361131,'9c744c565bde427aa376e73f48357656',260,0);
INSERT INTO "metrics" VALUES('train/lr',9.28395785965571235416e-05,1796233361131,'9c744c565bde427aa376e73f48357656',260,0);
INSERT INTO "metrics" VALUES('train/grad_norm',3.98729205131530761718e+00,1796233361131,'9c744c565bde427aa376e73f48357656',260,0);
INSERT INTO "metrics" VALUES('train/loss',0.509222149848938,1796233382075,'9c744c565bde427aa376e73f48357656',270,0);
INSERT INTO "metrics" VALUES('train/lr',8.2500000000000026654e-05,1796233382075,'9c744c565bde427aa376e73f48357656',270,0);
INSERT INTO "metrics" VALUES('train/grad_norm',3.08047342300415039062e+00,1796233382075,'9c744c565bde427aa376e73f48357656',270,0);
INSERT INTO "metrics" VALUES('train/loss',4.52436119318008422851e-01,1796233402408,'9c744c565bde427aa376e73f48357656',280,0);
INSERT INTO "metrics" VALUES('train/lr',7.26306117239824234688e-05,1796233402408,'9c744c565bde427aa376e73f48357656',280,0);
INSERT INTO "metrics" VALUES('train/grad_norm',3.548694610595703125e+00,1796233402408,'9c744c565bde427aa376e73f48357656',280,0);
INSERT INTO "metrics" VALUES('train/loss',4.47625845670700073242e-01,1796233422553,'9c744c565bde427aa376e73f48357656',290,0);
INSERT INTO "metrics" VALUES('train/lr',6.32954205386703e-05,1796233422553,'9c744c565bde427aa376e73f48357656',290,0);
INSERT INTO "metrics" VALUES('train/grad_norm',4.83740472793579101562e+00,1796233422553,'9c744c565bde427aa376e73f48357656',290,0);
INSERT INTO "metrics" VALUES('train/loss',3.23604226112365722656e-01,1796233442240,'9c744c565bde427aa376e73f48357656',300,0);
INSERT INTO "metrics" VALUES('train/lr',5.45549687411080901685e-05,1796233442240,'9c744c565bde427aa376e73f48357656',300,0);
INSERT INTO "metrics" VALUES('train/grad_norm',3.20155954360961914062e+00,1796233442240,'9c744c565bde427aa376e73f48357656',300,0);
INSERT INTO "metrics" VALUES('val/vqa_accuracy',77.0,1796233467248,'9c744c565bde427aa376e73f48357656',300,0);
INSERT INTO "metrics" VALUES('val/vqa_accuracy_unrounded',77.0,1796233467248,'9c744c565bde427aa376e73f48357656',300,0);
INSERT INTO "metrics" VALUES('val/vqa_accuracy/yes/no',84.62,1796233467248,'9c744c565bde427aa376e73f48357656',300,0);
INSERT INTO "metrics" VALUES('val/vqa_accuracy_unrounded/yes/no',8.46153846153846131948e+01,1796233467248,'9c744c565bde427aa376e73f48357656',300,0);
INSERT INTO "metrics" VALUES('val/vqa_accuracy/question_type/yes/no',84.62,1796233467248,'9c744c565bde427aa376e73f48357656',300,0);
INSERT INTO "metrics" VALUES('val/vqa_accuracy_unrounded/question_type/yes/no',8.46153846153846131948e+01,1796233467248,'9c744c565bde427aa376e73f48357656',300,0);
INSERT INTO "metrics" VALUES('val/vqa_accuracy/other',50.0,1796233467248,'9c744c565bde427aa376e73f48357656',300,0);
INSERT INTO "metrics" VALUES('val/vqa_accuracy_unrounded/other',50.0,1796233467248,'9c744c565bde427aa376e73f48357656',300,0);
INSERT INTO "metrics" VALUES('val/vqa_accuracy/question_type/color',18.52,1796233467248,'9c744c565bde427aa376e73f48357656',300,0);
INSERT INTO "metrics" VALUES('val/vqa_accuracy_unrounded/question_type/color',1.85185185185185190448e+01,1796233467248,'9c744c565bde427aa376e73f48357656',300,0);
INSERT INTO "metrics" VALUES('val/vqa_accuracy/question_type/shape',100.0,1796233467248,'9c744c565bde427aa376e73f48357656',300,0);
INSERT INTO "metrics" VALUES('val/vqa_accuracy_unrounded/question_type/shape',100.0,1796233467248,'9c744c565bde427aa376e73f48357656',300,0);
INSERT INTO "metrics" VALUES('train/loss',5.25067567825317382812e-01,1796233488101,'9c744c565bde427aa376e73f48357656',310,0);
INSERT INTO "metrics" VALUES('train/lr',4.64659415151903181645e-05,1796233488101,'9c744c565bde427aa376e73f48357656',310,0);
INSERT INTO "metrics" VALUES('train/grad_norm',6.89632749557495117187e+00,1796233488101,'9c744c565bde427aa376e73f48357656',310,0);
INSERT INTO "metrics" VALUES('train/loss',4.05297011137008666992e-01,1796233507581,'9c744c565bde427aa376e73f48357656',320,0);
INSERT INTO "metrics" VALUES('train/lr',3.9080799306492364253e-05,1796233507581,'9c744c565bde427aa376e73f48357656',320,0);
INSERT INTO "metrics" VALUES('train/grad_norm',4.16730737686157226562e+00,1796233507581,'9c744c565bde427aa376e73f48357656',320,0);
INSERT INTO "metrics" VALUES('train/loss',6.94754302501678466796e-01,1796233527671,'9c744c565bde427aa376e73f48357656',330,0);
INSERT INTO "metrics" VALUES('train/lr',3.24474375961497825144e-05,1796233527671,'9c744c565bde427aa376e73f48357656',330,0);
INSERT INTO "metrics" VALUES('train/grad_norm',5.14577436447143554687e+00,1796233527671,'9c744c565bde427aa376e73f48357656',330,0);
INSERT INTO "metrics" VALUES('train/loss',3.83720815181732177734e-01,1796233548051,'9c744c565bde427aa376e73f48357656',340,0);
INSERT INTO "metrics" VALUES('train/lr',2.66088762802845774785e-05,1796233548051,'9c744c565bde427aa376e73f48357656',340,0);
INSERT INTO "metrics" VALUES('train/grad_norm',5.14242506027221679687e+00,1796233548051,'9c744c565bde427aa376e73f48357656',340,0);
INSERT INTO "metrics" VALUES('train/loss',3.4114652872085571289e-01,1796233567961,'9c744c565bde427aa376e73f48357656',350,0);
INSERT INTO "metrics" VALUES('train/lr',2.16029806694704858919e-05,1796233567961,'9c744c565bde427aa376e73f48357656',350,0);
INSERT INTO "metrics" VALUES('train/grad_norm',3.37647247314453125e+00,1796233567961,'9c744c565bde427aa376e73f48357656',350,0);
INSERT INTO "metrics" VALUES('train/loss',3.8953068852424621582e-01,1796233588383,'9c744c565bde427aa376e73f48357656',360,0);
INSERT INTO "metrics" VALUES('train/lr',1.74622159176639055915e-05,1796233588383,'9c744c565bde427aa376e73f48357656',360,0);
INSERT INTO "metrics" VALUES('train/grad_norm',5.14779996871948242187e+00,1796233588383,'9c744c565bde427aa376e73f48357656',360,0);
INSERT INTO "metrics" VALUES('train/loss',2.67815023660659790039e-01,1796233609121,'9c744c565bde427aa376e73f48357656',370,0);
INSERT INTO "metrics" VALUES('train/lr',1.4213436473222459443e-05,1796233609121,'9c744c565bde427aa376e73f48357656',370,0);
INSERT INTO "metrics" VALUES('train/grad_norm',4.18691730499267578125e+00,1796233609121,'9c744c565bde427aa376e73f48357656',370,0);
INSERT INTO "metrics" VALUES('train/loss',3.44459980726242065429e-01,1796233629352,'9c744c565bde427aa376e73f48357656',380,0);
INSERT INTO "metrics" VALUES('train/lr',1.18777119175026375438e-05,1796233629352,'9c744c565bde427aa376e73f48357656',380,0);
INSERT INTO "metrics" VALUES('train/grad_norm',3.48005366325378417968e+00,1796233629352,'9c744c565bde427aa376e73f48357656',380,0);
INSERT INTO "metrics" VALUES('train/loss',3.00687938928604125976e-01,1796233648492,'9c744c565bde427aa376e73f48357656',390,0);
INSERT INTO "metrics" VALUES('train/lr',1.04701903205395605933e-05,1796233648492,'9c744c565bde427aa376e73f48357656',390,0);
INSERT INTO "metrics" VALUES('train/grad_norm',3.34940576553344726562e+00,1796233648492,'9c744c565bde427aa376e73f48357656',390,0);
INSERT INTO "metrics" VALUES('train/loss',4.0373381972312927246e-01,1796233667486,'9c744c565bde427aa376e73f48357656',400,0);
INSERT INTO "metrics" VALUES('train/lr',1.0e-05,1796233667486,'9c744c565bde427aa376e73f48357656',400,0);
INSERT INTO "metrics" VALUES('train/grad_norm',3.97664141654968261718e+00,1796233667486,'9c744c565bde427aa376e73f48357656',400,0);
INSERT INTO "metrics" VALUES('test/vqa_accuracy',74.2,1796233725994,'9c744c565bde427aa376e73f48357656',400,0);
INSERT INTO "metrics" VALUES('test/vqa_accuracy_unrounded',74.2,1796233725994,'9c744c565bde427aa376e73f48357656',400,0);
INSERT INTO "metrics" VALUES('test/vqa_accuracy/yes/no',79.54,1796233725994,'9c744c565bde427aa376e73f48357656',400,0);
INSERT INTO "metrics" VALUES('test/vqa_accuracy_unrounded/yes/no',7.95389048991354457012e+01,1796233725994,'9c744c565bde427aa376e73f48357656',400,0);
INSERT INTO "metrics" VALUES('test/vqa_accuracy/question_type/yes/no',79.54,1796233725994,'9c744c565bde427aa376e73f48357656',400,0);
INSERT INTO "metrics" VALUES('test/vqa_accuracy_unrounded/question_type/yes/no',7.95389048991354457012e+01,1796233725994,'9c744c565bde427aa376e73f48357656',400,0);
INSERT INTO "metrics" VALUES('test/vqa_accuracy/other',62.09,1796233725994,'9c744c565bde427aa376e73f48357656',400,0);
INSERT INTO "metrics" VALUES('test/vqa_accuracy_unrounded/other',6.20915032679738558823e+01,1796233725994,'9c744c565bde427aa376e73f48357656',400,0);
INSERT INTO "metrics" VALUES('test/vqa_accuracy/question_type/shape',100.0,1796233725994,'9c744c565bde427aa376e73f48357656',400,0);
INSERT INTO "metrics" VALUES('test/vqa_accuracy_unrounded/question_type/shape',100.0,1796233725994,'9c744c565bde427aa376e73f48357656',400,0);
INSERT INTO "metrics" VALUES('test/vqa_accuracy/question_type/color',23.68,1796233725994,'9c744c565bde427aa376e73f48357656',400,0);
INSERT INTO "metrics" VALUES('test/vqa_accuracy_unrounded/question_type/color',2.36842105263157911556e+01,1796233725994,'9c744c565bde427aa376e73f48357656',400,0);
INSERT INTO "metrics" VALUES('time/features_s',6.8168014099974243436e+00,1796233725994,'9c744c565bde427aa376e73f48357656',400,0);
INSERT INTO "metrics" VALUES('time/lm_load_s',4.44885221000731689855e-01,1796233725994,'9c744c565bde427aa376e73f48357656',400,0);
INSERT INTO "metrics" VALUES('time/train_s',8.76725058101001195574e+02,1796233725994,'9c744c565bde427aa376e73f48357656',400,0);
INSERT INTO "metrics" VALUES('time/train_step_s',1.99987315260901299396e+00,1796233725994,'9c744c565bde427aa376e73f48357656',400,0);
INSERT INTO "metrics" VALUES('time/eval_s',5.82123210809986630937e+01,1796233725994,'9c744c565bde427aa376e73f48357656',400,0);
INSERT INTO "metrics" VALUES('time/eval_example_s',1.16424642161997327072e-01,1796233725994,'9c744c565bde427aa376e73f48357656',400,0);
INSERT INTO "metrics" VALUES('time/total_s',945.820251314999,1796233725994,'9c744c565bde427aa376e73f48357656',400,0);
INSERT INTO "metrics" VALUES('params/trainable',2592576.0,1796236216806,'218946718bf44424a223ffbe365df18c',0,0);
INSERT INTO "metrics" VALUES('params/lm',134515008.0,1796236216806,'218946718bf44424a223ffbe365df18c',0,0);
INSERT INTO "metrics" VALUES('train/loss',2.97794985771179199218e+00,1796236251060,'218946718bf44424a223ffbe365df18c',10,0);
INSERT INTO "metrics" VALUES('train/lr',0.0003,1796236251060,'218946718bf44424a223ffbe365df18c',10,0);
INSERT INTO "metrics" VALUES('train/grad_norm',4.91580657958984375017e+01,1796236251060,'218946718bf44424a223ffbe365df18c',10,0);
INSERT INTO "metrics" VALUES('train/loss',8.66765677928924560546e-01,1796236282111,'218946718bf44424a223ffbe365df18c',20,0);
INSERT INTO "metrics" VALUES('train/lr',2.99529809679460452907e-04,1796236282111,'218946718bf44424a223ffbe365df18c',20,0);
INSERT INTO "metrics" VALUES('train/grad_norm',1.19408092498779296876e+01,1796236282111,'218946718bf44424a223ffbe365df18c',20,0);
INSERT INTO "metrics" VALUES('train/loss',1.00752687454223632812e+00,1796236313259,'218946718bf44424a223ffbe365df18c',30,0);
INSERT INTO "metrics" VALUES('train/lr',2.98122288082497313276e-04,1796236313259,'218946718bf44424a223ffbe365df18c',30,0);
INSERT INTO "metrics" VALUES('train/grad_norm',1.31347751617431640625e+01,1796236313259,'218946718bf44424a223ffbe365df18c',30,0);
INSERT INTO "metrics" VALUES('train/loss',6.32166206836700439453e-01,1796236342667,'218946718bf44424a223ffbe365df18c',40,0);
INSERT INTO "metrics" VALUES('train/lr',2.95786563526777518482e-04,1796236342667,'218946718bf44424a223ffbe365df18c',40,0);
INSERT INTO "metrics" VALUES('train/grad_norm',1.03390645980834960937e+01,1796236342667,'218946718bf44424a223ffbe365df18c',40,0);
INSERT INTO "metrics" VALUES('train/loss',4.63781505823135375976e-01,1796236372037,'218946718bf44424a223ffbe365df18c',50,0);
INSERT INTO "metrics" VALUES('train/lr',2.92537784082336053698e-04,1796236372037,'218946718bf44424a223ffbe365df18c',50,0);
INSERT INTO "metrics" VALUES('train/grad_norm',3.96854710578918457031e+00,1796236372037,'218946718bf44424a223ffbe365df18c',50,0);
INSERT INTO "metrics" VALUES('train/loss',7.01254248619079589843e-01,1796236402090,'218946718bf44424a223ffbe365df18c',60,0);
INSERT INTO "metrics" VALUES('train/lr',2.88397019330529497116e-04,1796236402090,'218946718bf44424a223ffbe365df18c',60,0);
INSERT INTO "metrics" VALUES('train/grad_norm',4.29140043258667,1796236402090,'218946718bf44424a223ffbe365df18c',60,0);
INSERT INTO "metrics" VALUES('train/loss',6.56096160411834716796e-01,1796236431312,'218946718bf44424a223ffbe365df18c',70,0);
INSERT INTO "metrics" VALUES('train/lr',2.83391123719715378424e-04,1796236431312,'218946718bf44424a223ffbe365df18c',70,0);
INSERT INTO "metrics" VALUES('train/grad_norm',5.19784784317016601562e+00,1796236431312,'218946718bf44424a223ffbe365df18c',70,0);
INSERT INTO "metrics" VALUES('train/loss',6.20867550373077392578e-01,1796236460971,'218946718bf44424a223ffbe365df18c',80,0);
INSERT INTO "metrics" VALUES('train/lr',2.77552562403850244538e-04,1796236460971,'218946718bf44424a223ffbe365df18c',80,0);
INSERT INTO "metrics" VALUES('train/grad_norm',4.44844388961792,1796236460971,'218946718bf44424a223ffbe365df18c',80,0);
INSERT INTO "metrics" VALUES('train/loss',6.85161530971527099609e-01,1796236491426,'218946718bf44424a223ffbe365df18c',90,0);
INSERT INTO "metrics" VALUES('train/lr',2.70919200693507656024e-04,1796236491426,'218946718bf44424a223ffbe365df18c',90,0);
INSERT INTO "metrics" VALUES('train/grad_norm',5.10105800628662109375e+00,1796236491426,'218946718bf44424a223ffbe365df18c',90,0);
INSERT INTO "metrics" VALUES('train/loss',4.21572625637054443359e-01,1796236523281,'218946718bf44424a223ffbe365df18c',100,0);
INSERT INTO "metrics" VALUES('train/lr',2.63534058484809607242e-04,1796236523281,'218946718bf44424a223ffbe365df18c',100,0);
INSERT INTO "metrics" VALUES('train/grad_norm',4.1756649017333984375e+00,1796236523281,'218946718bf44424a223ffbe365df18c',100,0);
INSERT INTO "metrics" VALUES('val/vqa_accuracy',60.5,1796236561845,'218946718bf44424a223ffbe365df18c',100,0);
INSERT INTO "metrics" VALUES('val/vqa_accuracy_unrounded',60.5,1796236561845,'218946718bf44424a223ffbe365df18c',100,0);
INSERT INTO "metrics" VALUES('val/vqa_accuracy/yes/no',72.44,1796236561845,'218946718bf44424a223ffbe365df18c',100,0);
INSERT INTO "metrics" VALUES('val/vqa_accuracy_unrounded/yes/no',7.24358974358974307952e+01,1796236561845,'218946718bf44424a223ffbe365df18c',100,0);
INSERT INTO "metrics" VALUES('val/vqa_accuracy/question_type/yes/no',72.44,1796236561845,'218946718bf44424a223ffbe365df18c',100,0);
INSERT INTO "metrics" VALUES('val/vqa_accuracy_unrounded/question_type/yes/no',7.24358974358974307952e+01,1796236561845,'218946718bf44424a223ffbe365df18c',100,0);
INSERT INTO "metrics" VALUES('val/vqa_accuracy/other',18.18,1796236561845,'218946718bf44424a223ffbe365df18c',100,0);
INSERT INTO "metrics" VALUES('val/vqa_accuracy_unrounded/other',1.8181818181818183433e+01,1796236561845,'218946718bf44424a223ffbe365df18c',100,0);
INSERT INTO "metrics" VALUES('val/vqa_accuracy/question_type/color',7.41,1796236561845,'218946718bf44424a223ffbe365df18c',100,0);
INSERT INTO "metrics" VALUES('val/vqa_accuracy_unrounded/question_type/color',7.4074074074074074403e+00,1796236561845,'218946718bf44424a223ffbe365df18c',100,0);
INSERT INTO "metrics" VALUES('val/vqa_accuracy/question_type/shape',35.29,1796236561845,'218946718bf44424a223ffbe365df18c',100,0);
INSERT INTO "metrics" VALUES('val/vqa_accuracy_unrounded/question_type/shape',3.52941176470588260363e+01,1796236561845,'218946718bf44424a223ffbe365df18c',100,0);
INSERT INTO "metrics" VALUES('train/loss',3.93374592065811157226e-01,1796236591618,'218946718bf44424a223ffbe365df18c',110,0);
INSERT INTO "metrics" VALUES('train/lr',2.55445031258891882674e-04,1796236591618,'218946718bf44424a223ffbe365df18c',110,0);
INSERT INTO "metrics" VALUES('train/grad_norm',5.09822702407836914062e+00,1796236591618,'218946718bf44424a223ffbe365df18c',110,0);
INSERT INTO "metrics" VALUES('train/loss',5.48614621162414550781e-01,1796236621437,'218946718bf44424a223ffbe365df18c',120,0);
INSERT INTO "metrics" VALUES('train/lr',2.46704579461329656132e-04,1796236621437,'218946718bf44424a223ffbe365df18c',120,0);
INSERT INTO "metrics" VALUES('train/grad_norm',5.1713161468505859375e+00,1796236621437,'218946718bf44424a223ffbe365df18c',120,0);
INSERT INTO "metrics" VALUES('train/loss',2.6453495025634765625e-01,1796236653200,'218946718bf44424a223ffbe365df18c',130,0);
INSERT INTO "metrics" VALUES('train/lr',2.37369388276017535821e-04,1796236653200,'218946718bf44424a223ffbe365df18c',130,0);
INSERT INTO "metrics" VALUES('train/grad_norm',3.2544116973876953125e+00,1796236653200,'218946718bf44424a223ffbe365df18c',130,0);
INSERT INTO "metrics" VALUES('train/loss',5.4661273956298828125e-01,1796236683411,'218946718bf44424a223ffbe365df18c',140,0);
INSERT INTO "metrics" VALUES('train/lr',2.27499999999999973293e-04,1796236683411,'218946718bf44424a223ffbe365df18c',140,0);
INSERT INTO "metrics" VALUES('train/grad_norm',9.6772785186767578125e+00,1796236683411,'218946718bf44424a223ffbe365df18c',140,0);
INSERT INTO "metrics" VALUES('train/loss',3.01693409681320190429e-01,1796236713880,'218946718bf44424a223ffbe365df18c',150,0);
INSERT INTO "metrics" VALUES('train/lr',2.17160421403442808639e-04,1796236713880,'218946718bf44424a223ffbe365df18c',150,0);
INSERT INTO "metrics" VALUES('train/grad_norm',4.976985931396484375e+00,1796236713880,'218946718bf44424a223ffbe365df18c',150,0);
INSERT INTO "metrics" VALUES('train/loss',2.16495260596275329589e-01,1796236743996,'218946718bf44424a223ffbe365df18c',160,0);
INSERT INTO "metrics" VALUES('train/lr',2.06417708621167657117e-04,1796236743996,'218946718bf44424a223ffbe365df18c',160,0);
INSERT INTO "metrics" VALUES('train/grad_norm',3.40778851509094238281e+00,1796236743996,'218946718bf44424a223ffbe365df18c',160,0);
INSERT INTO "metrics" VALUES('train/loss',4.20108050107955932617e-01,1796236773849,'218946718bf44424a223ffbe365df18c',170,0);
INSERT INTO "metrics" VALUES('train/lr',1.95341532267885635782e-04,1796236773849,'218946718bf44424a223ffbe365df18c',170,0);
INSERT INTO "metrics" VALUES('train/grad_norm',3.50327348709106445312e+00,1796236773849,'218946718bf44424a223ffbe365df18c',170,0);
INSERT INTO "metrics" VALUES('train/loss',2.11270689964294433593e-01,1796236803732,'218946718bf44424a223ffbe365df18c',180,0);
INSERT INTO "metrics" VALUES('train/lr',1.8400372559752644643e-04,1796236803732,'218946718bf44424a223ffbe365df18c',180,0);
INSERT INTO "metrics" VALUES('train/grad_norm',2.60293102264404296875e+00,1796236803732,'218946718bf44424a223ffbe365df18c',180,0);
INSERT INTO "metrics" VALUES('train/loss',4.16320949792861938476e-01,1796236834005,'218946718bf44424a223ffbe365df18c',190,0);
INSERT INTO "metrics" VALUES('train/lr',1.72477818637021813961e-04,1796236834005,'218946718bf44424a223ffbe365df18c',190,0);
INSERT INTO "metrics" VALUES('train/grad_norm',5.31034803390502929687e+00,1796236834005,'218946718bf44424a223ffbe365df18c',190,0);
INSERT INTO "metrics" VALUES('train/loss',3.80887746810913085937e-01,1796236863112,'218946718bf44424a223ffbe365df18c',200,0);
INSERT INTO "metrics" VALUES('train/lr',1.6083856131586518807e-04,1796236863112,'218946718bf44424a223ffbe365df18c',200,0);
INSERT INTO "metrics" VALUES('train/grad_norm',4.6555423736572265625e+00,1796236863112,'218946718bf44424a223ffbe365df18c',200,0);
INSERT INTO "metrics" VALUES('val/vqa_accuracy',74.0,1796236899057,'218946718bf44424a223ffbe365df18c',200,0);
INSERT INTO "metrics" VALUES('val/vqa_accuracy_unrounded',74.0,1796236899057,'218946718bf44424a223ffbe365df18c',200,0);
INSERT INTO "metrics" VALUES('val/vqa_accuracy/yes/no',80.77,1796236899057,'218946718bf44424a223ffbe365df18c',200,0);
INSERT INTO "metrics" VALUES('val/vqa_accuracy_unrounded/yes/no',8.07692307692307736016e+01,1796236899057,'218946718bf44424a223ffbe365df18c',200,0);
INSERT INTO "metrics" VALUES('val/vqa_accuracy/question_type/yes/no',80.77,1796236899057,'218946718bf44424a223ffbe365df18c',200,0);
INSERT INTO "metrics" VALUES('val/vqa_accuracy_unrounded/question_type/yes/no',8.07692307692307736016e+01,1796236899057,'218946718bf44424a223ffbe365df18c',200,0);
INSERT INTO "metrics" VALUES('val/vqa_accuracy/other',50.0,1796236899057,'218946718bf44424a223ffbe365df18c',200,0);
INSERT INTO "metrics" VALUES('val/vqa_accuracy_unrounded/other',50.0,1796236899057,'218946718bf44424a223ffbe365df18c',200,0);
INSERT INTO "metrics" VALUES('val/vqa_accuracy/question_type/color',18.52,1796236899057,'218946718bf44424a223ffbe365df18c',200,0);
INSERT INTO "metrics" VALUES('val/vqa_accuracy_unrounded/question_type/color',1.85185185185185190448e+01,1796236899057,'218946718bf44424a223ffbe365df18c',200,0);
INSERT INTO "metrics" VALUES('val/vqa_accuracy/question_type/shape',100.0,1796236899057,'218946718bf44424a223ffbe365df18c',200,0);
INSERT INTO "metrics" VALUES('val/vqa_accuracy_unrounded/question_type/shape',100.0,1796236899057,'218946718bf44424a223ffbe365df18c',200,0);
INSERT INTO "metrics" VALUES('train/loss',3.1939080357551574707e-01,1796236927611,'218946718bf44424a223ffbe365df18c',210,0);
INSERT INTO "metrics" VALUES('train/lr',1.49161438684134838982e-04,1796236927611,'218946718bf44424a223ffbe365df18c',210,0);
INSERT INTO "metrics" VALUES('train/grad_norm',3.84270143508911132812e+00,1796236927611,'218946718bf44424a223ffbe365df18c',210,0);
INSERT INTO "metrics" VALUES('train/loss',4.28138136863708496093e-01,1796236957603,'218946718bf44424a223ffbe365df18c',220,0);
INSERT INTO "metrics" VALUES('train/lr',1.37522181362978158881e-04,1796236957603,'218946718bf44424a223ffbe365df18c',220,0);
INSERT INTO "metrics" VALUES('train/grad_norm',5.75318717956543,1796236957603,'218946718bf44424a223ffbe365df18c',220,0);
INSERT INTO "metrics" VALUES('train/loss',4.095134735107421875e-01,1796236987119,'218946718bf44424a223ffbe365df18c',230,0);
INSERT INTO "metrics" VALUES('train/lr',1.25996274402473580622e-04,1796236987119,'218946718bf44424a223ffbe365df18c',230,0);
INSERT INTO "metrics" VALUES('train/grad_norm',3.71230340003967285156e+00,1796236987119,'218946718bf44424a223ffbe365df18c',230,0);
INSERT INTO "metrics" VALUES('train/loss',2.65027195215225219726e-01,1796237015795,'218946718bf44424a223ffbe365df18c',240,0);
INSERT INTO "metrics" VALUES('train/lr',1.14658467732114364165e-04,1796237015795,'218946718bf44424a223ffbe365df18c',240,0);
INSERT INTO "metrics" VALUES('train/grad_norm',3.11855292320251464843e+00,1796237015795,'218946718bf44424a223ffbe365df18c',240,0);
INSERT INTO "metrics" VALUES('train/loss',4.61429506540298461914e-01,1796237044286,'218946718bf44424a223ffbe365df18c',250,0);
INSERT INTO "metrics" VALUES('train/lr',1.03582291378832315725e-04,1796237044286,'218946718bf44424a223ffbe365df18c',250,0);
INSERT INTO "metrics" VALUES('train/grad_norm',4.7773761749267578125e+00,1796237044286,'218946718bf44424a223ffbe365df18c',250,0);
INSERT INTO "metrics" VALUES('train/loss',2.88384854793548583984e-01,1796237071511,'218946718bf44424a223ffbe365df18c',260,0);
INSERT INTO "metrics" VALUES('train/lr',9.28395785965571235416e-05,1796237071511,'218946718bf44424a223ffbe365df18c',260,0);
INSERT INTO "metrics" VALUES('train/grad_norm',2.66956996917724609375e+00,1796237071511,'218946718bf44424a223ffbe365df18c',260,0);
INSERT INTO "metrics" VALUES('train/loss',3.83095264434814453125e-01,1796237099129,'218946718bf44424a223ffbe365df18c',270,0);
INSERT INTO "metrics" VALUES('train/lr',8.2500000000000026654e-05,1796237099129,'218946718bf44424a223ffbe365df18c',270,0);
INSERT INTO "metrics" VALUES('train/grad_norm',3.21426606178283691406e+00,1796237099129,'218946718bf44424a223ffbe365df18c',270,0);
INSERT INTO "metrics" VALUES('train/loss',3.2264569401741027832e-01,1796237126472,'218946718bf44424a223ffbe365df18c',280,0);
INSERT INTO "metrics" VALUES('train/lr',7.26306117239824234688e-05,1796237126472,'218946718bf44424a223ffbe365df18c',280,0);
INSERT INTO "metrics" VALUES('train/grad_norm',4.419948577880859375e+00,1796237126472,'218946718bf44424a223ffbe365df18c',280,0);
INSERT INTO "metrics" VALUES('train/loss',3.41378659009933471679e-01,1796237154702,'218946718bf44424a223ffbe365df18c',290,0);
INSERT INTO "metrics" VALUES('train/lr',6.32954205386703e-05,1796237154702,'218946718bf44424a223ffbe365df18c',290,0);
INSERT INTO "metrics" VALUES('train/grad_norm',4.55550861358642578125e+00,1796237154702,'218946718bf44424a223ffbe365df18c',290,0);
INSERT INTO "metrics" VALUES('train/loss',2.59408026933670043945e-01,1796237182123,'218946718bf44424a223ffbe365df18c',300,0);
INSERT INTO "metrics" VALUES('train/lr',5.45549687411080901685e-05,1796237182123,'218946718bf44424a223ffbe365df18c',300,0);
INSERT INTO "metrics" VALUES('train/grad_norm',2.97696566581726074218e+00,1796237182123,'218946718bf44424a223ffbe365df18c',300,0);
INSERT INTO "metrics" VALUES('val/vqa_accuracy',76.0,1796237217773,'218946718bf44424a223ffbe365df18c',300,0);
INSERT INTO "metrics" VALUES('val/vqa_accuracy_unrounded',76.0,1796237217773,'218946718bf44424a223ffbe365df18c',300,0);
INSERT INTO "metrics" VALUES('val/vqa_accuracy/yes/no',78.21,1796237217773,'218946718bf44424a223ffbe365df18c',300,0);
INSERT INTO "metrics" VALUES('val/vqa_accuracy_unrounded/yes/no',78.2051282051282,1796237217773,'218946718bf44424a223ffbe365df18c',300,0);
INSERT INTO "metrics" VALUES('val/vqa_accuracy/question_type/yes/no',78.21,1796237217773,'218946718bf44424a223ffbe365df18c',300,0);
INSERT INTO "metrics" VALUES('val/vqa_accuracy_unrounded/question_type/yes/no',78.2051282051282,1796237217773,'218946718bf44424a223ffbe365df18c',300,0);
INSERT INTO "metrics" VALUES('val/vqa_accuracy/other',68.18,1796237217773,'218946718bf44424a223ffbe365df18c',300,0);
INSERT INTO "metrics" VALUES('val/vqa_accuracy_unrounded/other',6.81818181818181869848e+01,1796237217773,'218946718bf44424a223ffbe365df18c',300,0);
INSERT INTO "metrics" VALUES('val/vqa_accuracy/question_type/color',48.15,1796237217773,'218946718bf44424a223ffbe365df18c',300,0);
INSERT INTO "metrics" VALUES('val/vqa_accuracy_unrounded/question_type/color',4.81481481481481452542e+01,1796237217773,'218946718bf44424a223ffbe365df18c',300,0);
INSERT INTO "metrics" VALUES('val/vqa_accuracy/question_type/shape',100.0,1796237217773,'218946718bf44424a223ffbe365df18c',300,0);
INSERT INTO "metrics" VALUES('val/vqa_accuracy_unrounded/question_type/shape',100.0,1796237217773,'218946718bf44424a223ffbe365df18c',300,0);
INSERT INTO "metrics" VALUES('train/loss',0.517890989780426,1796237244964,'218946718bf44424a223ffbe365df18c',310,0);
INSERT INTO "metrics" VALUES('train/lr',4.64659415151903181645e-05,1796237244964,'218946718bf44424a223ffbe365df18c',310,0);
INSERT INTO "metrics" VALUES('train/grad_norm',5.38325405120849609375e+00,1796237244964,'218946718bf44424a223ffbe365df18c',310,0);
INSERT INTO "metrics" VALUES('train/loss',0.3436259329319,1796237273564,'218946718bf44424a223ffbe365df18c',320,0);
INSERT INTO "metrics" VALUES('train/lr',3.9080799306492364253e-05,1796237273564,'218946718bf44424a223ffbe365df18c',320,0);
INSERT INTO "metrics" VALUES('train/grad_norm',3.45114922523498535156e+00,1796237273564,'218946718bf44424a223ffbe365df18c',320,0);
INSERT INTO "metrics" VALUES('train/loss',4.58565235137939453125e-01,1796237302522,'218946718bf44424a223ffbe365df18c',330,0);
INSERT INTO "metrics" VALUES('train/lr',3.24474375961497825144e-05,1796237302522,'218946718bf44424a223ffbe365df18c',330,0);
INSERT INTO "metrics" VALUES('train/grad_norm',4.13678216934204101562e+00,1796237302522,'218946718bf44424a223ffbe365df18c',330,0);
INSERT INTO "metrics" VALUES('train/loss',2.89419621229171752929e-01,1796237331323,'218946718bf44424a223ffbe365df18c',340,0);
INSERT INTO "metrics" VALUES('train/lr',2.66088762802845774785e-05,1796237331323,'218946718bf44424a223ffbe365df18c',340,0);
INSERT INTO "metrics" VALUES('train/grad_norm',3.2430477142333984375e+00,1796237331323,'218946718bf44424a223ffbe365df18c',340,0);
INSERT INTO "metrics" VALUES('train/loss',2.21962958574295043945e-01,1796237361487,'218946718bf44424a223ffbe365df18c',350,0);
INSERT INTO "metrics" VALUES('train/lr',2.16029806694704858919e-05,1796237361487,'218946718bf44424a223ffbe365df18c',350,0);
INSERT INTO "metrics" VALUES('train/grad_norm',1.90877306461334228515e+00,1796237361487,'218946718bf44424a223ffbe365df18c',350,0);
INSERT INTO "metrics" VALUES('train/loss',2.78911441564559936523e-01,1796237392378,'218946718bf44424a223ffbe365df18c',360,0);
INSERT INTO "metrics" VALUES('train/lr',1.74622159176639055915e-05,1796237392378,'218946718bf44424a223ffbe365df18c',360,0);
INSERT INTO "metrics" VALUES('train/grad_norm',3.55121302604675292968e+00,1796237392378,'218946718bf44424a223ffbe365df18c',360,0);
INSERT INTO "metrics" VALUES('train/loss',2.07535415887832641601e-01,1796237422599,'218946718bf44424a223ffbe365df18c',370,0);
INSERT INTO "metrics" VALUES('train/lr',1.4213436473222459443e-05,1796237422599,'218946718bf44424a223ffbe365df18c',370,0);
INSERT INTO "metrics" VALUES('train/grad_norm',2.77315640449523925781e+00,1796237422599,'218946718bf44424a223ffbe365df18c',370,0);
INSERT INTO "metrics" VALUES('train/loss',2.711334228515625e-01,1796237451930,'218946718bf44424a223ffbe365df18c',380,0);
INSERT INTO "metrics" VALUES('train/lr',1.18777119175026375438e-05,1796237451930,'218946718bf44424a223ffbe365df18c',380,0);
INSERT INTO "metrics" VALUES('train/grad_norm',2.88695788383483886718e+00,1796237451930,'218946718bf44424a223ffbe365df18c',380,0);
INSERT INTO "metrics" VALUES('train/loss',2.83600628376007080078e-01,1796237480336,'218946718bf44424a223ffbe365df18c',390,0);
INSERT INTO "metrics" VALUES('train/lr',1.04701903205395605933e-05,1796237480336,'218946718bf44424a223ffbe365df18c',390,0);
INSERT INTO "metrics" VALUES('train/grad_norm',3.07443571090698242187e+00,1796237480336,'218946718bf44424a223ffbe365df18c',390,0);
INSERT INTO "metrics" VALUES('train/loss',4.04515981674194335937e-01,1796237509209,'218946718bf44424a223ffbe365df18c',400,0);
INSERT INTO "metrics" VALUES('train/lr',1.0e-05,1796237509209,'218946718bf44424a223ffbe365df18c',400,0);
INSERT INTO "metrics" VALUES('train/grad_norm',3.69948935508728027343e+00,1796237509209,'218946718bf44424a223ffbe365df18c',400,0);
INSERT INTO "metrics" VALUES('test/vqa_accuracy',81.6,1796237598662,'218946718bf44424a223ffbe365df18c',400,0);
INSERT INTO "metrics" VALUES('test/vqa_accuracy_unrounded',81.6,1796237598662,'218946718bf44424a223ffbe365df18c',400,0);
INSERT INTO "metrics" VALUES('test/vqa_accuracy/yes/no',80.12,1796237598662,'218946718bf44424a223ffbe365df18c',400,0);
INSERT INTO "metrics" VALUES('test/vqa_accuracy_unrounded/yes/no',8.01152737752161385725e+01,1796237598662,'218946718bf44424a223ffbe365df18c',400,0);
INSERT INTO "metrics" VALUES('test/vqa_accuracy/question_type/yes/no',80.12,1796237598662,'218946718bf44424a223ffbe365df18c',400,0);
INSERT INTO "metrics" VALUES('test/vqa_accuracy_unrounded/question_type/yes/no',8.01152737752161385725e+01,1796237598662,'218946718bf44424a223ffbe365df18c',400,0);
INSERT INTO "metrics" VALUES('test/vqa_accuracy/other',84.97,1796237598662,'218946718bf44424a223ffbe365df18c',400,0);
INSERT INTO "metrics" VALUES('test/vqa_accuracy_unrounded/other',84.9673202614379,1796237598662,'218946718bf44424a223ffbe365df18c',400,0);
INSERT INTO "metrics" VALUES('test/vqa_accuracy/question_type/shape',100.0,1796237598662,'218946718bf44424a223ffbe365df18c',400,0);
INSERT INTO "metrics" VALUES('test/vqa_accuracy_unrounded/question_type/shape',100.0,1796237598662,'218946718bf44424a223ffbe365df18c',400,0);
INSERT INTO "metrics" VALUES('test/vqa_accuracy/question_type/color',69.74,1796237598662,'218946718bf44424a223ffbe365df18c',400,0);
INSERT INTO "metrics" VALUES('test/vqa_accuracy_unrounded/question_type/color',6.9736842105263164627e+01,1796237598662,'218946718bf44424a223ffbe365df18c',400,0);
INSERT INTO "metrics" VALUES('time/features_s',9.38400710199857712723e+00,1796237598662,'218946718bf44424a223ffbe365df18c',400,0);
INSERT INTO "metrics" VALUES('time/lm_load_s',6.44084773997747106477e-01,1796237598662,'218946718bf44424a223ffbe365df18c',400,0);
INSERT INTO "metrics" VALUES('time/train_s',1.29250982730299801917e+03,1796237598662,'218946718bf44424a223ffbe365df18c',400,0);
INSERT INTO "metrics" VALUES('time/train_step_s',2.9445875509022,1796237598662,'218946718bf44424a223ffbe365df18c',400,0);
INSERT INTO "metrics" VALUES('time/eval_s',8.92757674479980778414e+01,1796237598662,'218946718bf44424a223ffbe365df18c',400,0);
INSERT INTO "metrics" VALUES('time/eval_example_s',1.78551534895996150131e-01,1796237598662,'218946718bf44424a223ffbe365df18c',400,0);
INSERT INTO "metrics" VALUES('time/total_s',1.39690506110999922389e+03,1796237598662,'218946718bf44424a223ffbe365df18c',400,0);
INSERT INTO "metrics" VALUES('params/trainable',1069632.0,1796238194008,'f33d18d6cefc420f857300c2b5cfd388',0,0);
INSERT INTO "metrics" VALUES('params/lm',134515008.0,1796238194008,'f33d18d6cefc420f857300c2b5cfd388',0,0);
INSERT INTO "metrics" VALUES('train/loss',2.2730255126953125e+00,1796238220923,'f33d18d6cefc420f857300c2b5cfd388',10,0);
INSERT INTO "metrics" VALUES('train/lr',0.001,1796238220923,'f33d18d6cefc420f857300c2b5cfd388',10,0);
INSERT INTO "metrics" VALUES('train/grad_norm',5.22053833007812499982e+01,1796238220923,'f33d18d6cefc420f857300c2b5cfd388',10,0);
INSERT INTO "metrics" VALUES('train/loss',1.71468758583068847656e+00,1796238247771,'f33d18d6cefc420f857300c2b5cfd388',20,0);
INSERT INTO "metrics" VALUES('train/lr',9.70147847289024728434e-04,1796238247771,'f33d18d6cefc420f857300c2b5cfd388',20,0);
INSERT INTO "metrics" VALUES('train/grad_norm',1.29147157669067382814e+01,1796238247771,'f33d18d6cefc420f857300c2b5cfd388',20,0);
INSERT INTO "metrics" VALUES('train/loss',7.76132404804229736328e-01,1796238273057,'f33d18d6cefc420f857300c2b5cfd388',30,0);
INSERT INTO "metrics" VALUES('train/lr',8.84191999343894086994e-04,1796238273057,'f33d18d6cefc420f857300c2b5cfd388',30,0);
INSERT INTO "metrics" VALUES('train/grad_norm',3.06422781944274902343e+00,1796238273057,'f33d18d6cefc420f857300c2b5cfd388',30,0);
INSERT INTO "metrics" VALUES('train/loss',0.671531081199646,1796238299524,'f33d18d6cefc420f857300c2b5cfd388',40,0);
INSERT INTO "metrics" VALUES('train/lr',7.52499999999999913749e-04,1796238299524,'f33d18d6cefc420f857300c2b5cfd388',40,0);
INSERT INTO "metrics" VALUES('train/grad_norm',1.95620441436767578125e+00,1796238299524,'f33d18d6cefc420f857300c2b5cfd388',40,0);
INSERT INTO "metrics" VALUES('train/loss',7.95524239540100097656e-01,1796238329451,'f33d18d6cefc420f857300c2b5cfd388',50,0);
INSERT INTO "metrics" VALUES('train/lr',5.90955847945130556542e-04,1796238329451,'f33d18d6cefc420f857300c2b5cfd388',50,0);
INSERT INTO "metrics" VALUES('train/grad_norm',2.97143840789794921875e+00,1796238329451,'f33d18d6cefc420f857300c2b5cfd388',50,0);
INSERT INTO "metrics" VALUES('train/loss',5.33139109611511230468e-01,1796238353582,'f33d18d6cefc420f857300c2b5cfd388',60,0);
INSERT INTO "metrics" VALUES('train/lr',4.19044152054869490503e-04,1796238353582,'f33d18d6cefc420f857300c2b5cfd388',60,0);
INSERT INTO "metrics" VALUES('train/grad_norm',5.39197826385498046875e+00,1796238353582,'f33d18d6cefc420f857300c2b5cfd388',60,0);
INSERT INTO "metrics" VALUES('train/loss',6.23950362205505371093e-01,1796238379881,'f33d18d6cefc420f857300c2b5cfd388',70,0);
INSERT INTO "metrics" VALUES('train/lr',2.57500000000000133296e-04,1796238379881,'f33d18d6cefc420f857300c2b5cfd388',70,0);
INSERT INTO "metrics" VALUES('train/grad_norm',2.11977267265319824218e+00,1796238379881,'f33d18d6cefc420f857300c2b5cfd388',70,0);
INSERT INTO "metrics" VALUES('train/loss',6.11068964004516601562e-01,1796238406564,'f33d18d6cefc420f857300c2b5cfd388',80,0);
INSERT INTO "metrics" VALUES('train/lr',1.2580800065610596005e-04,1796238406564,'f33d18d6cefc420f857300c2b5cfd388',80,0);
INSERT INTO "metrics" VALUES('train/grad_norm',3.58554744720459,1796238406564,'f33d18d6cefc420f857300c2b5cfd388',80,0);
INSERT INTO "metrics" VALUES('train/loss',4.51420754194259643554e-01,1796238430916,'f33d18d6cefc420f857300c2b5cfd388',90,0);
INSERT INTO "metrics" VALUES('train/lr',3.98521527109753863739e-05,1796238430916,'f33d18d6cefc420f857300c2b5cfd388',90,0);
INSERT INTO "metrics" VALUES('train/grad_norm',1.95660912990570068359e+00,1796238430916,'f33d18d6cefc420f857300c2b5cfd388',90,0);
INSERT INTO "metrics" VALUES('train/loss',5.65537631511688232421e-01,1796238456105,'f33d18d6cefc420f857300c2b5cfd388',100,0);
INSERT INTO "metrics" VALUES('train/lr',1.0e-05,1796238456105,'f33d18d6cefc420f857300c2b5cfd388',100,0);
INSERT INTO "metrics" VALUES('train/grad_norm',2.82879900932312,1796238456105,'f33d18d6cefc420f857300c2b5cfd388',100,0);
INSERT INTO "metrics" VALUES('test/vqa_accuracy',69.0,1796238543519,'f33d18d6cefc420f857300c2b5cfd388',100,0);
INSERT INTO "metrics" VALUES('test/vqa_accuracy_unrounded',69.0,1796238543519,'f33d18d6cefc420f857300c2b5cfd388',100,0);
INSERT INTO "metrics" VALUES('test/vqa_accuracy/yes/no',80.12,1796238543519,'f33d18d6cefc420f857300c2b5cfd388',100,0);
INSERT INTO "metrics" VALUES('test/vqa_accuracy_unrounded/yes/no',8.01152737752161385725e+01,1796238543519,'f33d18d6cefc420f857300c2b5cfd388',100,0);
INSERT INTO "metrics" VALUES('test/vqa_accuracy/question_type/yes/no',80.12,1796238543519,'f33d18d6cefc420f857300c2b5cfd388',100,0);
INSERT INTO "metrics" VALUES('test/vqa_accuracy_unrounded/question_type/yes/no',8.01152737752161385725e+01,1796238543519,'f33d18d6cefc420f857300c2b5cfd388',100,0);
INSERT INTO "metrics" VALUES('test/vqa_accuracy/other',43.79,1796238543519,'f33d18d6cefc420f857300c2b5cfd388',100,0);
INSERT INTO "metrics" VALUES('test/vqa_accuracy_unrounded/other',4.3790849673202615123e+01,1796238543519,'f33d18d6cefc420f857300c2b5cfd388',100,0);
INSERT INTO "metrics" VALUES('test/vqa_accuracy/question_type/shape',71.43,1796238543519,'f33d18d6cefc420f857300c2b5cfd388',100,0);
INSERT INTO "metrics" VALUES('test/vqa_accuracy_unrounded/question_type/shape',7.14285714285714305998e+01,1796238543519,'f33d18d6cefc420f857300c2b5cfd388',100,0);
INSERT INTO "metrics" VALUES('test/vqa_accuracy/question_type/color',15.79,1796238543519,'f33d18d6cefc420f857300c2b5cfd388',100,0);
INSERT INTO "metrics" VALUES('test/vqa_accuracy_unrounded/question_type/color',1.57894736842105256613e+01,1796238543519,'f33d18d6cefc420f857300c2b5cfd388',100,0);
INSERT INTO "metrics" VALUES('time/features_s',3.27807630199822597205e+00,1796238543519,'f33d18d6cefc420f857300c2b5cfd388',100,0);
INSERT INTO "metrics" VALUES('time/lm_load_s',4.52194662997499108314e-01,1796238543519,'f33d18d6cefc420f857300c2b5cfd388',100,0);
INSERT INTO "metrics" VALUES('time/train_s',2.62122891942999558523e+02,1796238543519,'f33d18d6cefc420f857300c2b5cfd388',100,0);
INSERT INTO "metrics" VALUES('time/train_step_s',2.59927464511113637257e+00,1796238543519,'f33d18d6cefc420f857300c2b5cfd388',100,0);
INSERT INTO "metrics" VALUES('time/eval_s',8.73586917289976554439e+01,1796238543519,'f33d18d6cefc420f857300c2b5cfd388',100,0);
INSERT INTO "metrics" VALUES('time/eval_example_s',1.74717383457995312223e-01,1796238543519,'f33d18d6cefc420f857300c2b5cfd388',100,0);
INSERT INTO "metrics" VALUES('time/total_s',3.56247698623003088863e+02,1796238543519,'f33d18d6cefc420f857300c2b5cfd388',100,0);
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
INSERT INTO "params" VALUES('config.method','fromage','8d832f822464437487f9f3db74ff42bc');
INSERT INTO "params" VALUES('config.task','easy-vqa','8d832f822464437487f9f3db74ff42bc');
INSERT INTO "params" VALUES('config.lm','smollm2-135m','8d832f822464437487f9f3db74ff42bc');
INSERT INTO "params" VALUES('config.encoder','efficientnet-lite0','8d832f822464437487f9f3db74ff42bc');
INSERT INTO "params" VALUES('config.seed','0','8d832f822464437487f9f3db74ff42bc');
INSERT INTO "params" VALUES('config.output_dir','runs/reference-diag','8d832f822464437487f9f3db74ff42bc');
INSERT INTO "params" VALUES('config.run_name','fromage-noret_s0','8d832f822464437487f9f3db74ff42bc');
INSERT INTO "params" VALUES('config.cache_dir','None','8d832f822464437487f9f3db74ff42bc');
INSERT INTO "params" VALUES('config.tracking_uri','None','8d832f822464437487f9f3db74ff42bc');
INSERT INTO "params" VALUES('config.experiment','reference-diag','8d832f822464437487f9f3db74ff42bc');
INSERT INTO "params" VALUES('config.recipe','shared','8d832f822464437487f9f3db74ff42bc');
INSERT INTO "params" VALUES('config.method_options.retrieval','False','8d832f822464437487f9f3db74ff42bc');
INSERT INTO "params" VALUES('config.train.steps','100','8d832f822464437487f9f3db74ff42bc');
INSERT INTO "params" VALUES('config.train.batch_size','16','8d832f822464437487f9f3db74ff42bc');
INSERT INTO "params" VALUES('config.train.grad_accum','1','8d832f822464437487f9f3db74ff42bc');
INSERT INTO "params" VALUES('config.train.lr','0.003','8d832f822464437487f9f3db74ff42bc');
INSERT INTO "params" VALUES('config.train.min_lr','1e-05','8d832f822464437487f9f3db74ff42bc');
INSERT INTO "params" VALUES('config.train.weight_decay','0.02','8d832f822464437487f9f3db74ff42bc');
INSERT INTO "params" VALUES('config.train.warmup_steps','10','8d832f822464437487f9f3db74ff42bc');
INSERT INTO "params" VALUES('config.train.grad_clip','1.0','8d832f822464437487f9f3db74ff42bc');
INSERT INTO "params" VALUES('config.train.precision','bf16','8d832f822464437487f9f3db74ff42bc');
INSERT INTO "params" VALUES('config.train.eval_every','0','8d832f822464437487f9f3db74ff42bc');
INSERT INTO "params" VALUES('config.train.log_every','10','8d832f822464437487f9f3db74ff42bc');
INSERT INTO "params" VALUES('config.train.checkpoint_every','50','8d832f822464437487f9f3db74ff42bc');
INSERT INTO "params" VALUES('config.train.loss_reduction','token_mean','8d832f822464437487f9f3db74ff42bc');
INSERT INTO "params" VALUES('config.train.loss_weight','1.0','8d832f822464437487f9f3db74ff42bc');
INSERT INTO "params" VALUES('config.train.betas','[0.9, 0.999]','8d832f822464437487f9f3db74ff42bc');
INSERT INTO "params" VALUES('config.train.eps','1e-08','8d832f822464437487f9f3db74ff42bc');
INSERT INTO "params" VALUES('config.train.schedule','cosine','8d832f822464437487f9f3db74ff42bc');
INSERT INTO "params" VALUES('config.train.param_groups','[]','8d832f822464437487f9f3db74ff42bc');
INSERT INTO "params" VALUES('config.train.loss_tokens','answer','8d832f822464437487f9f3db74ff42bc');
INSERT INTO "params" VALUES('config.train.label_smoothing','0.0','8d832f822464437487f9f3db74ff42bc');
INSERT INTO "params" VALUES('config.train.lm_dropout','False','8d832f822464437487f9f3db74ff42bc');
INSERT INTO "params" VALUES('config.eval.batch_size','64','8d832f822464437487f9f3db74ff42bc');
INSERT INTO "params" VALUES('config.eval.max_new_tokens','5','8d832f822464437487f9f3db74ff42bc');
INSERT INTO "params" VALUES('config.eval.num_beams','1','8d832f822464437487f9f3db74ff42bc');
INSERT INTO "params" VALUES('config.eval.length_penalty','1.0','8d832f822464437487f9f3db74ff42bc');
INSERT INTO "params" VALUES('config.eval.max_examples','500','8d832f822464437487f9f3db74ff42bc');
INSERT INTO "params" VALUES('config.eval.val_max_examples','200','8d832f822464437487f9f3db74ff42bc');
INSERT INTO "params" VALUES('config.data.fraction','0.1','8d832f822464437487f9f3db74ff42bc');
INSERT INTO "params" VALUES('config.data.data_dir','None','8d832f822464437487f9f3db74ff42bc');
INSERT INTO "params" VALUES('config.data.val_images','0.1','8d832f822464437487f9f3db74ff42bc');
INSERT INTO "params" VALUES('config.data.eval_split','None','8d832f822464437487f9f3db74ff42bc');
INSERT INTO "params" VALUES('config.data.missing_media','error','8d832f822464437487f9f3db74ff42bc');
INSERT INTO "params" VALUES('config.data.variant','None','8d832f822464437487f9f3db74ff42bc');
INSERT INTO "params" VALUES('config.data.augment_views','0','8d832f822464437487f9f3db74ff42bc');
INSERT INTO "params" VALUES('config.data.augmentations','[]','8d832f822464437487f9f3db74ff42bc');
INSERT INTO "params" VALUES('config.data.feature_norm','auto','8d832f822464437487f9f3db74ff42bc');
INSERT INTO "params" VALUES('method_config.prefix_tokens','1','8d832f822464437487f9f3db74ff42bc');
INSERT INTO "params" VALUES('method_config.retrieval','False','8d832f822464437487f9f3db74ff42bc');
INSERT INTO "params" VALUES('method_config.retrieval_dim','256','8d832f822464437487f9f3db74ff42bc');
INSERT INTO "params" VALUES('method_config.temperature','0.07','8d832f822464437487f9f3db74ff42bc');
INSERT INTO "params" VALUES('method_config.max_logit_scale','100.0','8d832f822464437487f9f3db74ff42bc');
INSERT INTO "params" VALUES('method_config.ret_lm_loss_weight','1.0','8d832f822464437487f9f3db74ff42bc');
INSERT INTO "params" VALUES('method_config.contrastive_loss_weight','1.0','8d832f822464437487f9f3db74ff42bc');
INSERT INTO "params" VALUES('method_config.retrieval_text','prompt_and_target','8d832f822464437487f9f3db74ff42bc');
INSERT INTO "params" VALUES('method_config.recall_ks','[1, 5, 10]','8d832f822464437487f9f3db74ff42bc');
INSERT INTO "params" VALUES('method_config.retrieval_batch_size','32','8d832f822464437487f9f3db74ff42bc');
INSERT INTO "params" VALUES('method_config.rescale_ret_embedding','True','8d832f822464437487f9f3db74ff42bc');
INSERT INTO "params" VALUES('config.method','fromage','2f50f8a4302d44b394e62d212f4692c8');
INSERT INTO "params" VALUES('config.task','easy-vqa','2f50f8a4302d44b394e62d212f4692c8');
INSERT INTO "params" VALUES('config.lm','smollm2-135m','2f50f8a4302d44b394e62d212f4692c8');
INSERT INTO "params" VALUES('config.encoder','efficientnet-lite0','2f50f8a4302d44b394e62d212f4692c8');
INSERT INTO "params" VALUES('config.seed','0','2f50f8a4302d44b394e62d212f4692c8');
INSERT INTO "params" VALUES('config.output_dir','runs/reference-diag','2f50f8a4302d44b394e62d212f4692c8');
INSERT INTO "params" VALUES('config.run_name','fromage-noclip_s0','2f50f8a4302d44b394e62d212f4692c8');
INSERT INTO "params" VALUES('config.cache_dir','None','2f50f8a4302d44b394e62d212f4692c8');
INSERT INTO "params" VALUES('config.tracking_uri','None','2f50f8a4302d44b394e62d212f4692c8');
INSERT INTO "params" VALUES('config.experiment','reference-diag','2f50f8a4302d44b394e62d212f4692c8');
INSERT INTO "params" VALUES('config.recipe','shared','2f50f8a4302d44b394e62d212f4692c8');
INSERT INTO "params" VALUES('config.method_options','{}','2f50f8a4302d44b394e62d212f4692c8');
INSERT INTO "params" VALUES('config.train.steps','100','2f50f8a4302d44b394e62d212f4692c8');
INSERT INTO "params" VALUES('config.train.batch_size','16','2f50f8a4302d44b394e62d212f4692c8');
INSERT INTO "params" VALUES('config.train.grad_accum','1','2f50f8a4302d44b394e62d212f4692c8');
INSERT INTO "params" VALUES('config.train.lr','0.003','2f50f8a4302d44b394e62d212f4692c8');
INSERT INTO "params" VALUES('config.train.min_lr','1e-05','2f50f8a4302d44b394e62d212f4692c8');
INSERT INTO "params" VALUES('config.train.weight_decay','0.02','2f50f8a4302d44b394e62d212f4692c8');
INSERT INTO "params" VALUES('config.train.warmup_steps','10','2f50f8a4302d44b394e62d212f4692c8');
INSERT INTO "params" VALUES('config.train.grad_clip','0.0','2f50f8a4302d44b394e62d212f4692c8');
INSERT INTO "params" VALUES('config.train.precision','bf16','2f50f8a4302d44b394e62d212f4692c8');
INSERT INTO "params" VALUES('config.train.eval_every','0','2f50f8a4302d44b394e62d212f4692c8');
INSERT INTO "params" VALUES('config.train.log_every','10','2f50f8a4302d44b394e62d212f4692c8');
INSERT INTO "params" VALUES('config.train.checkpoint_every','50','2f50f8a4302d44b394e62d212f4692c8');
INSERT INTO "params" VALUES('config.train.loss_reduction','token_mean','2f50f8a4302d44b394e62d212f4692c8');
INSERT INTO "params" VALUES('config.train.loss_weight','1.0','2f50f8a4302d44b394e62d212f4692c8');
INSERT INTO "params" VALUES('config.train.betas','[0.9, 0.999]','2f50f8a4302d44b394e62d212f4692c8');
INSERT INTO "params" VALUES('config.train.eps','1e-08','2f50f8a4302d44b394e62d212f4692c8');
INSERT INTO "params" VALUES('config.train.schedule','cosine','2f50f8a4302d44b394e62d212f4692c8');
INSERT INTO "params" VALUES('config.train.param_groups','[]','2f50f8a4302d44b394e62d212f4692c8');
INSERT INTO "params" VALUES('config.train.loss_tokens','answer','2f50f8a4302d44b394e62d212f4692c8');
INSERT INTO "params" VALUES('config.train.label_smoothing','0.0','2f50f8a4302d44b394e62d212f4692c8');
INSERT INTO "params" VALUES('config.train.lm_dropout','False','2f50f8a4302d44b394e62d212f4692c8');
INSERT INTO "params" VALUES('config.eval.batch_size','64','2f50f8a4302d44b394e62d212f4692c8');
INSERT INTO "params" VALUES('config.eval.max_new_tokens','5','2f50f8a4302d44b394e62d212f4692c8');
INSERT INTO "params" VALUES('config.eval.num_beams','1','2f50f8a4302d44b394e62d212f4692c8');
INSERT INTO "params" VALUES('config.eval.length_penalty','1.0','2f50f8a4302d44b394e62d212f4692c8');
INSERT INTO "params" VALUES('config.eval.max_examples','500','2f50f8a4302d44b394e62d212f4692c8');
INSERT INTO "params" VALUES('config.eval.val_max_examples','200','2f50f8a4302d44b394e62d212f4692c8');
INSERT INTO "params" VALUES('config.data.fraction','0.1','2f50f8a4302d44b394e62d212f4692c8');
INSERT INTO "params" VALUES('config.data.data_dir','None','2f50f8a4302d44b394e62d212f4692c8');
INSERT INTO "params" VALUES('config.data.val_images','0.1','2f50f8a4302d44b394e62d212f4692c8');
INSERT INTO "params" VALUES('config.data.eval_split','None','2f50f8a4302d44b394e62d212f4692c8');
INSERT INTO "params" VALUES('config.data.missing_media','error','2f50f8a4302d44b394e62d212f4692c8');
INSERT INTO "params" VALUES('config.data.variant','None','2f50f8a4302d44b394e62d212f4692c8');
INSERT INTO "params" VALUES('config.data.augment_views','0','2f50f8a4302d44b394e62d212f4692c8');
INSERT INTO "params" VALUES('config.data.augmentations','[]','2f50f8a4302d44b394e62d212f4692c8');
INSERT INTO "params" VALUES('config.data.feature_norm','auto','2f50f8a4302d44b394e62d212f4692c8');
INSERT INTO "params" VALUES('method_config.prefix_tokens','1','2f50f8a4302d44b394e62d212f4692c8');
INSERT INTO "params" VALUES('method_config.retrieval','True','2f50f8a4302d44b394e62d212f4692c8');
INSERT INTO "params" VALUES('method_config.retrieval_dim','256','2f50f8a4302d44b394e62d212f4692c8');
INSERT INTO "params" VALUES('method_config.temperature','0.07','2f50f8a4302d44b394e62d212f4692c8');
INSERT INTO "params" VALUES('method_config.max_logit_scale','100.0','2f50f8a4302d44b394e62d212f4692c8');
INSERT INTO "params" VALUES('method_config.ret_lm_loss_weight','1.0','2f50f8a4302d44b394e62d212f4692c8');
INSERT INTO "params" VALUES('method_config.contrastive_loss_weight','1.0','2f50f8a4302d44b394e62d212f4692c8');
INSERT INTO "params" VALUES('method_config.retrieval_text','prompt_and_target','2f50f8a4302d44b394e62d212f4692c8');
INSERT INTO "params" VALUES('method_config.recall_ks','[1, 5, 10]','2f50f8a4302d44b394e62d212f4692c8');
INSERT INTO "params" VALUES('method_config.retrieval_batch_size','32','2f50f8a4302d44b394e62d212f4692c8');
INSERT INTO "params" VALUES('method_config.rescale_ret_embedding','True','2f50f8a4302d44b394e62d212f4692c8');
INSERT INTO "params" VALUES('config.method','fromage','3d050bf688c94e18b2f7530dc3576042');
INSERT INTO "params" VALUES('config.task','easy-vqa','3d050bf688c94e18b2f7530dc3576042');
INSERT INTO "params" VALUES('config.lm','smollm2-135m','3d050bf688c94e18b2f7530dc3576042');
INSERT INTO "params" VALUES('config.encoder','efficientnet-lite0','3d050bf688c94e18b2f7530dc3576042');
INSERT INTO "params" VALUES('config.seed','0','3d050bf688c94e18b2f7530dc3576042');
INSERT INTO "params" VALUES('config.output_dir','runs/reference-diag','3d050bf688c94e18b2f7530dc3576042');
INSERT INTO "params" VALUES('config.run_name','fromage-noret-noclip_s0','3d050bf688c94e18b2f7530dc3576042');
INSERT INTO "params" VALUES('config.cache_dir','None','3d050bf688c94e18b2f7530dc3576042');
INSERT INTO "params" VALUES('config.tracking_uri','None','3d050bf688c94e18b2f7530dc3576042');
INSERT INTO "params" VALUES('config.experiment','reference-diag','3d050bf688c94e18b2f7530dc3576042');
INSERT INTO "params" VALUES('config.recipe','shared','3d050bf688c94e18b2f7530dc3576042');
INSERT INTO "params" VALUES('config.method_options.retrieval','False','3d050bf688c94e18b2f7530dc3576042');
INSERT INTO "params" VALUES('config.train.steps','100','3d050bf688c94e18b2f7530dc3576042');
INSERT INTO "params" VALUES('config.train.batch_size','16','3d050bf688c94e18b2f7530dc3576042');
INSERT INTO "params" VALUES('config.train.grad_accum','1','3d050bf688c94e18b2f7530dc3576042');
INSERT INTO "params" VALUES('config.train.lr','0.003','3d050bf688c94e18b2f7530dc3576042');
INSERT INTO "params" VALUES('config.train.min_lr','1e-05','3d050bf688c94e18b2f7530dc3576042');
INSERT INTO "params" VALUES('config.train.weight_decay','0.02','3d050bf688c94e18b2f7530dc3576042');
INSERT INTO "params" VALUES('config.train.warmup_steps','10','3d050bf688c94e18b2f7530dc3576042');
INSERT INTO "params" VALUES('config.train.grad_clip','0.0','3d050bf688c94e18b2f7530dc3576042');
INSERT INTO "params" VALUES('config.train.precision','bf16','3d050bf688c94e18b2f7530dc3576042');
INSERT INTO "params" VALUES('config.train.eval_every','0','3d050bf688c94e18b2f7530dc3576042');
INSERT INTO "params" VALUES('config.train.log_every','10','3d050bf688c94e18b2f7530dc3576042');
INSERT INTO "params" VALUES('config.train.checkpoint_every','50','3d050bf688c94e18b2f7530dc3576042');
INSERT INTO "params" VALUES('config.train.loss_reduction','token_mean','3d050bf688c94e18b2f7530dc3576042');
INSERT INTO "params" VALUES('config.train.loss_weight','1.0','3d050bf688c94e18b2f7530dc3576042');
INSERT INTO "params" VALUES('config.train.betas','[0.9, 0.999]','3d050bf688c94e18b2f7530dc3576042');
INSERT INTO "params" VALUES('config.train.eps','1e-08','3d050bf688c94e18b2f7530dc3576042');
INSERT INTO "params" VALUES('config.train.schedule','cosine','3d050bf688c94e18b2f7530dc3576042');
INSERT INTO "params" VALUES('config.train.param_groups','[]','3d050bf688c94e18b2f7530dc3576042');
INSERT INTO "params" VALUES('config.train.loss_tokens','answer','3d050bf688c94e18b2f7530dc3576042');
INSERT INTO "params" VALUES('config.train.label_smoothing','0.0','3d050bf688c94e18b2f7530dc3576042');
INSERT INTO "params" VALUES('config.train.lm_dropout','False','3d050bf688c94e18b2f7530dc3576042');
INSERT INTO "params" VALUES('config.eval.batch_size','64','3d050bf688c94e18b2f7530dc3576042');
INSERT INTO "params" VALUES('config.eval.max_new_tokens','5','3d050bf688c94e18b2f7530dc3576042');
INSERT INTO "params" VALUES('config.eval.num_beams','1','3d050bf688c94e18b2f7530dc3576042');
INSERT INTO "params" VALUES('config.eval.length_penalty','1.0','3d050bf688c94e18b2f7530dc3576042');
INSERT INTO "params" VALUES('config.eval.max_examples','500','3d050bf688c94e18b2f7530dc3576042');
INSERT INTO "params" VALUES('config.eval.val_max_examples','200','3d050bf688c94e18b2f7530dc3576042');
INSERT INTO "params" VALUES('config.data.fraction','0.1','3d050bf688c94e18b2f7530dc3576042');
INSERT INTO "params" VALUES('config.data.data_dir','None','3d050bf688c94e18b2f7530dc3576042');
INSERT INTO "params" VALUES('config.data.val_images','0.1','3d050bf688c94e18b2f7530dc3576042');
INSERT INTO "params" VALUES('config.data.eval_split','None','3d050bf688c94e18b2f7530dc3576042');
INSERT INTO "params" VALUES('config.data.missing_media','error','3d050bf688c94e18b2f7530dc3576042');
INSERT INTO "params" VALUES('config.data.variant','None','3d050bf688c94e18b2f7530dc3576042');
INSERT INTO "params" VALUES('config.data.augment_views','0','3d050bf688c94e18b2f7530dc3576042');
INSERT INTO "params" VALUES('config.data.augmentations','[]','3d050bf688c94e18b2f7530dc3576042');
INSERT INTO "params" VALUES('config.data.feature_norm','auto','3d050bf688c94e18b2f7530dc3576042');
INSERT INTO "params" VALUES('method_config.prefix_tokens','1','3d050bf688c94e18b2f7530dc3576042');
INSERT INTO "params" VALUES('method_config.retrieval','False','3d050bf688c94e18b2f7530dc3576042');
INSERT INTO "params" VALUES('method_config.retrieval_dim','256','3d050bf688c94e18b2f7530dc3576042');
INSERT INTO "params" VALUES('method_config.temperature','0.07','3d050bf688c94e18b2f7530dc3576042');
INSERT INTO "params" VALUES('method_config.max_logit_scale','100.0','3d050bf688c94e18b2f7530dc3576042');
INSERT INTO "params" VALUES('method_config.ret_lm_loss_weight','1.0','3d050bf688c94e18b2f7530dc3576042');
INSERT INTO "params" VALUES('method_config.contrastive_loss_weight','1.0','3d050bf688c94e18b2f7530dc3576042');
INSERT INTO "params" VALUES('method_config.retrieval_text','prompt_and_target','3d050bf688c94e18b2f7530dc3576042');
INSERT INTO "params" VALUES('method_config.recall_ks','[1, 5, 10]','3d050bf688c94e18b2f7530dc3576042');
INSERT INTO "params" VALUES('method_config.retrieval_batch_size','32','3d050bf688c94e18b2f7530dc3576042');
INSERT INTO "params" VALUES('method_config.rescale_ret_embedding','True','3d050bf688c94e18b2f7530dc3576042');
INSERT INTO "params" VALUES('config.method','fromage','3bc2c5b88a21468bbdc9b73315218ba0');
INSERT INTO "params" VALUES('config.task','easy-vqa','3bc2c5b88a21468bbdc9b73315218ba0');
INSERT INTO "params" VALUES('config.lm','smollm2-135m','3bc2c5b88a21468bbdc9b73315218ba0');
INSERT INTO "params" VALUES('config.encoder','efficientnet-lite0','3bc2c5b88a21468bbdc9b73315218ba0');
INSERT INTO "params" VALUES('config.seed','0','3bc2c5b88a21468bbdc9b73315218ba0');
INSERT INTO "params" VALUES('config.output_dir','runs/reference-diag','3bc2c5b88a21468bbdc9b73315218ba0');
INSERT INTO "params" VALUES('config.run_name','fromage-gradnorm_s0','3bc2c5b88a21468bbdc9b73315218ba0');
INSERT INTO "params" VALUES('config.cache_dir','None','3bc2c5b88a21468bbdc9b73315218ba0');
INSERT INTO "params" VALUES('config.tracking_uri','None','3bc2c5b88a21468bbdc9b73315218ba0');
INSERT INTO "params" VALUES('config.experiment','reference-diag','3bc2c5b88a21468bbdc9b73315218ba0');
INSERT INTO "params" VALUES('config.recipe','shared','3bc2c5b88a21468bbdc9b73315218ba0');
INSERT INTO "params" VALUES('config.method_options','{}','3bc2c5b88a21468bbdc9b73315218ba0');
INSERT INTO "params" VALUES('config.train.steps','100','3bc2c5b88a21468bbdc9b73315218ba0');
INSERT INTO "params" VALUES('config.train.batch_size','16','3bc2c5b88a21468bbdc9b73315218ba0');
INSERT INTO "params" VALUES('config.train.grad_accum','1','3bc2c5b88a21468bbdc9b73315218ba0');
INSERT INTO "params" VALUES('config.train.lr','0.003','3bc2c5b88a21468bbdc9b73315218ba0');
INSERT INTO "params" VALUES('config.train.min_lr','1e-05','3bc2c5b88a21468bbdc9b73315218ba0');
INSERT INTO "params" VALUES('config.train.weight_decay','0.02','3bc2c5b88a21468bbdc9b73315218ba0');
INSERT INTO "params" VALUES('config.train.warmup_steps','10','3bc2c5b88a21468bbdc9b73315218ba0');
INSERT INTO "params" VALUES('config.train.grad_clip','1.0','3bc2c5b88a21468bbdc9b73315218ba0');
INSERT INTO "params" VALUES('config.train.precision','bf16','3bc2c5b88a21468bbdc9b73315218ba0');
INSERT INTO "params" VALUES('config.train.eval_every','0','3bc2c5b88a21468bbdc9b73315218ba0');
INSERT INTO "params" VALUES('config.train.log_every','10','3bc2c5b88a21468bbdc9b73315218ba0');
INSERT INTO "params" VALUES('config.train.checkpoint_every','50','3bc2c5b88a21468bbdc9b73315218ba0');
INSERT INTO "params" VALUES('config.train.loss_reduction','token_mean','3bc2c5b88a21468bbdc9b73315218ba0');
INSERT INTO "params" VALUES('config.train.loss_weight','1.0','3bc2c5b88a21468bbdc9b73315218ba0');
INSERT INTO "params" VALUES('config.train.betas','[0.9, 0.999]','3bc2c5b88a21468bbdc9b73315218ba0');
INSERT INTO "params" VALUES('config.train.eps','1e-08','3bc2c5b88a21468bbdc9b73315218ba0');
INSERT INTO "params" VALUES('config.train.schedule','cosine','3bc2c5b88a21468bbdc9b73315218ba0');
INSERT INTO "params" VALUES('config.train.param_groups','[]','3bc2c5b88a21468bbdc9b73315218ba0');
INSERT INTO "params" VALUES('config.train.loss_tokens','answer','3bc2c5b88a21468bbdc9b73315218ba0');
INSERT INTO "params" VALUES('config.train.label_smoothing','0.0','3bc2c5b88a21468bbdc9b73315218ba0');
INSERT INTO "params" VALUES('config.train.lm_dropout','False','3bc2c5b88a21468bbdc9b73315218ba0');
INSERT INTO "params" VALUES('config.eval.batch_size','64','3bc2c5b88a21468bbdc9b73315218ba0');
INSERT INTO "params" VALUES('config.eval.max_new_tokens','5','3bc2c5b88a21468bbdc9b73315218ba0');
INSERT INTO "params" VALUES('config.eval.num_beams','1','3bc2c5b88a21468bbdc9b73315218ba0');
INSERT INTO "params" VALUES('config.eval.length_penalty','1.0','3bc2c5b88a21468bbdc9b73315218ba0');
INSERT INTO "params" VALUES('config.eval.max_examples','500','3bc2c5b88a21468bbdc9b73315218ba0');
INSERT INTO "params" VALUES('config.eval.val_max_examples','200','3bc2c5b88a21468bbdc9b73315218ba0');
INSERT INTO "params" VALUES('config.data.fraction','0.1','3bc2c5b88a21468bbdc9b73315218ba0');
INSERT INTO "params" VALUES('config.data.data_dir','None','3bc2c5b88a21468bbdc9b73315218ba0');
INSERT INTO "params" VALUES('config.data.val_images','0.1','3bc2c5b88a21468bbdc9b73315218ba0');
INSERT INTO "params" VALUES('config.data.eval_split','None','3bc2c5b88a21468bbdc9b73315218ba0');
INSERT INTO "params" VALUES('config.data.missing_media','error','3bc2c5b88a21468bbdc9b73315218ba0');
INSERT INTO "params" VALUES('config.data.variant','None','3bc2c5b88a21468bbdc9b73315218ba0');
INSERT INTO "params" VALUES('config.data.augment_views','0','3bc2c5b88a21468bbdc9b73315218ba0');
INSERT INTO "params" VALUES('config.data.augmentations','[]','3bc2c5b88a21468bbdc9b73315218ba0');
INSERT INTO "params" VALUES('config.data.feature_norm','auto','3bc2c5b88a21468bbdc9b73315218ba0');
INSERT INTO "params" VALUES('method_config.prefix_tokens','1','3bc2c5b88a21468bbdc9b73315218ba0');
INSERT INTO "params" VALUES('method_config.retrieval','True','3bc2c5b88a21468bbdc9b73315218ba0');
INSERT INTO "params" VALUES('method_config.retrieval_dim','256','3bc2c5b88a21468bbdc9b73315218ba0');
INSERT INTO "params" VALUES('method_config.temperature','0.07','3bc2c5b88a21468bbdc9b73315218ba0');
INSERT INTO "params" VALUES('method_config.max_logit_scale','100.0','3bc2c5b88a21468bbdc9b73315218ba0');
INSERT INTO "params" VALUES('method_config.ret_lm_loss_weight','1.0','3bc2c5b88a21468bbdc9b73315218ba0');
INSERT INTO "params" VALUES('method_config.contrastive_loss_weight','1.0','3bc2c5b88a21468bbdc9b73315218ba0');
INSERT INTO "params" VALUES('method_config.retrieval_text','prompt_and_target','3bc2c5b88a21468bbdc9b73315218ba0');
INSERT INTO "params" VALUES('method_config.recall_ks','[1, 5, 10]','3bc2c5b88a21468bbdc9b73315218ba0');
INSERT INTO "params" VALUES('method_config.retrieval_batch_size','32','3bc2c5b88a21468bbdc9b73315218ba0');
INSERT INTO "params" VALUES('method_config.rescale_ret_embedding','True','3bc2c5b88a21468bbdc9b73315218ba0');
INSERT INTO "params" VALUES('config.method','fromage','31a0c905277347d094116204ae300369');
INSERT INTO "params" VALUES('config.task','easy-vqa','31a0c905277347d094116204ae300369');
INSERT INTO "params" VALUES('config.lm','smollm2-135m','31a0c905277347d094116204ae300369');
INSERT INTO "params" VALUES('config.encoder','efficientnet-lite0','31a0c905277347d094116204ae300369');
INSERT INTO "params" VALUES('config.seed','0','31a0c905277347d094116204ae300369');
INSERT INTO "params" VALUES('config.output_dir','runs/reference-diag','31a0c905277347d094116204ae300369');
INSERT INTO "params" VALUES('config.run_name','fromage-noret-gradnorm_s0','31a0c905277347d094116204ae300369');
INSERT INTO "params" VALUES('config.cache_dir','None','31a0c905277347d094116204ae300369');
INSERT INTO "params" VALUES('config.tracking_uri','None','31a0c905277347d094116204ae300369');
INSERT INTO "params" VALUES('config.experiment','reference-diag','31a0c905277347d094116204ae300369');
INSERT INTO "params" VALUES('config.recipe','shared','31a0c905277347d094116204ae300369');
INSERT INTO "params" VALUES('config.method_options.retrieval','False','31a0c905277347d094116204ae300369');
INSERT INTO "params" VALUES('config.train.steps','100','31a0c905277347d094116204ae300369');
INSERT INTO "params" VALUES('config.train.batch_size','16','31a0c905277347d094116204ae300369');
INSERT INTO "params" VALUES('config.train.grad_accum','1','31a0c905277347d094116204ae300369');
INSERT INTO "params" VALUES('config.train.lr','0.003','31a0c905277347d094116204ae300369');
INSERT INTO "params" VALUES('config.train.min_lr','1e-05','31a0c905277347d094116204ae300369');
INSERT INTO "params" VALUES('config.train.weight_decay','0.02','31a0c905277347d094116204ae300369');
INSERT INTO "params" VALUES('config.train.warmup_steps','10','31a0c905277347d094116204ae300369');
INSERT INTO "params" VALUES('config.train.grad_clip','1.0','31a0c905277347d094116204ae300369');
INSERT INTO "params" VALUES('config.train.precision','bf16','31a0c905277347d094116204ae300369');
INSERT INTO "params" VALUES('config.train.eval_every','0','31a0c905277347d094116204ae300369');
INSERT INTO "params" VALUES('config.train.log_every','10','31a0c905277347d094116204ae300369');
INSERT INTO "params" VALUES('config.train.checkpoint_every','50','31a0c905277347d094116204ae300369');
INSERT INTO "params" VALUES('config.train.loss_reduction','token_mean','31a0c905277347d094116204ae300369');
INSERT INTO "params" VALUES('config.train.loss_weight','1.0','31a0c905277347d094116204ae300369');
INSERT INTO "params" VALUES('config.train.betas','[0.9, 0.999]','31a0c905277347d094116204ae300369');
INSERT INTO "params" VALUES('config.train.eps','1e-08','31a0c905277347d094116204ae300369');
INSERT INTO "params" VALUES('config.train.schedule','cosine','31a0c905277347d094116204ae300369');
INSERT INTO "params" VALUES('config.train.param_groups','[]','31a0c905277347d094116204ae300369');
INSERT INTO "params" VALUES('config.train.loss_tokens','answer','31a0c905277347d094116204ae300369');
INSERT INTO "params" VALUES('config.train.label_smoothing','0.0','31a0c905277347d094116204ae300369');
INSERT INTO "params" VALUES('config.train.lm_dropout','False','31a0c905277347d094116204ae300369');
INSERT INTO "params" VALUES('config.eval.batch_size','64','31a0c905277347d094116204ae300369');
INSERT INTO "params" VALUES('config.eval.max_new_tokens','5','31a0c905277347d094116204ae300369');
INSERT INTO "params" VALUES('config.eval.num_beams','1','31a0c905277347d094116204ae300369');
INSERT INTO "params" VALUES('config.eval.length_penalty','1.0','31a0c905277347d094116204ae300369');
INSERT INTO "params" VALUES('config.eval.max_examples','500','31a0c905277347d094116204ae300369');
INSERT INTO "params" VALUES('config.eval.val_max_examples','200','31a0c905277347d094116204ae300369');
INSERT INTO "params" VALUES('config.data.fraction','0.1','31a0c905277347d094116204ae300369');
INSERT INTO "params" VALUES('config.data.data_dir','None','31a0c905277347d094116204ae300369');
INSERT INTO "params" VALUES('config.data.val_images','0.1','31a0c905277347d094116204ae300369');
INSERT INTO "params" VALUES('config.data.eval_split','None','31a0c905277347d094116204ae300369');
INSERT INTO "params" VALUES('config.data.missing_media','error','31a0c905277347d094116204ae300369');
INSERT INTO "params" VALUES('config.data.variant','None','31a0c905277347d094116204ae300369');
INSERT INTO "params" VALUES('config.data.augment_views','0','31a0c905277347d094116204ae300369');
INSERT INTO "params" VALUES('config.data.augmentations','[]','31a0c905277347d094116204ae300369');
INSERT INTO "params" VALUES('config.data.feature_norm','auto','31a0c905277347d094116204ae300369');
INSERT INTO "params" VALUES('method_config.prefix_tokens','1','31a0c905277347d094116204ae300369');
INSERT INTO "params" VALUES('method_config.retrieval','False','31a0c905277347d094116204ae300369');
INSERT INTO "params" VALUES('method_config.retrieval_dim','256','31a0c905277347d094116204ae300369');
INSERT INTO "params" VALUES('method_config.temperature','0.07','31a0c905277347d094116204ae300369');
INSERT INTO "params" VALUES('method_config.max_logit_scale','100.0','31a0c905277347d094116204ae300369');
INSERT INTO "params" VALUES('method_config.ret_lm_loss_weight','1.0','31a0c905277347d094116204ae300369');
INSERT INTO "params" VALUES('method_config.contrastive_loss_weight','1.0','31a0c905277347d094116204ae300369');
INSERT INTO "params" VALUES('method_config.retrieval_text','prompt_and_target','31a0c905277347d094116204ae300369');
INSERT INTO "params" VALUES('method_config.recall_ks','[1, 5, 10]','31a0c905277347d094116204ae300369');
INSERT INTO "params" VALUES('method_config.retrieval_batch_size','32','31a0c905277347d094116204ae300369');
INSERT INTO "params" VALUES('method_config.rescale_ret_embedding','True','31a0c905277347d094116204ae300369');
INSERT INTO "params" VALUES('config.method','fromage','1193a0c1bfbf4e2d98b530e25c294745');
INSERT INTO "params" VALUES('config.task','easy-vqa','1193a0c1bfbf4e2d98b530e25c294745');
INSERT INTO "params" VALUES('config.lm','smollm2-135m','1193a0c1bfbf4e2d98b530e25c294745');
INSERT INTO "params" VALUES('config.encoder','efficientnet-lite0','1193a0c1bfbf4e2d98b530e25c294745');
INSERT INTO "params" VALUES('config.seed','1','1193a0c1bfbf4e2d98b530e25c294745');
INSERT INTO "params" VALUES('config.output_dir','runs/reference-diag','1193a0c1bfbf4e2d98b530e25c294745');
INSERT INTO "params" VALUES('config.run_name','fromage-noret-gradnorm_s1','1193a0c1bfbf4e2d98b530e25c294745');
INSERT INTO "params" VALUES('config.cache_dir','None','1193a0c1bfbf4e2d98b530e25c294745');
INSERT INTO "params" VALUES('config.tracking_uri','None','1193a0c1bfbf4e2d98b530e25c294745');
INSERT INTO "params" VALUES('config.experiment','reference-diag','1193a0c1bfbf4e2d98b530e25c294745');
INSERT INTO "params" VALUES('config.recipe','shared','1193a0c1bfbf4e2d98b530e25c294745');
INSERT INTO "params" VALUES('config.method_options.retrieval','False','1193a0c1bfbf4e2d98b530e25c294745');
INSERT INTO "params" VALUES('config.train.steps','100','1193a0c1bfbf4e2d98b530e25c294745');
INSERT INTO "params" VALUES('config.train.batch_size','16','1193a0c1bfbf4e2d98b530e25c294745');
INSERT INTO "params" VALUES('config.train.grad_accum','1','1193a0c1bfbf4e2d98b530e25c294745');
INSERT INTO "params" VALUES('config.train.lr','0.003','1193a0c1bfbf4e2d98b530e25c294745');
INSERT INTO "params" VALUES('config.train.min_lr','1e-05','1193a0c1bfbf4e2d98b530e25c294745');
INSERT INTO "params" VALUES('config.train.weight_decay','0.02','1193a0c1bfbf4e2d98b530e25c294745');
INSERT INTO "params" VALUES('config.train.warmup_steps','10','1193a0c1bfbf4e2d98b530e25c294745');
INSERT INTO "params" VALUES('config.train.grad_clip','1.0','1193a0c1bfbf4e2d98b530e25c294745');
INSERT INTO "params" VALUES('config.train.precision','bf16','1193a0c1bfbf4e2d98b530e25c294745');
INSERT INTO "params" VALUES('config.train.eval_every','0','1193a0c1bfbf4e2d98b530e25c294745');
INSERT INTO "params" VALUES('config.train.log_every','10','1193a0c1bfbf4e2d98b530e25c294745');
INSERT INTO "params" VALUES('config.train.checkpoint_every','50','1193a0c1bfbf4e2d98b530e25c294745');
INSERT INTO "params" VALUES('config.train.loss_reduction','token_mean','1193a0c1bfbf4e2d98b530e25c294745');
INSERT INTO "params" VALUES('config.train.loss_weight','1.0','1193a0c1bfbf4e2d98b530e25c294745');
INSERT INTO "params" VALUES('config.train.betas','[0.9, 0.999]','1193a0c1bfbf4e2d98b530e25c294745');
INSERT INTO "params" VALUES('config.train.eps','1e-08','1193a0c1bfbf4e2d98b530e25c294745');
INSERT INTO "params" VALUES('config.train.schedule','cosine','1193a0c1bfbf4e2d98b530e25c294745');
INSERT INTO "params" VALUES('config.train.param_groups','[]','1193a0c1bfbf4e2d98b530e25c294745');
INSERT INTO "params" VALUES('config.train.loss_tokens','answer','1193a0c1bfbf4e2d98b530e25c294745');
INSERT INTO "params" VALUES('config.train.label_smoothing','0.0','1193a0c1bfbf4e2d98b530e25c294745');
INSERT INTO "params" VALUES('config.train.lm_dropout','False','1193a0c1bfbf4e2d98b530e25c294745');
INSERT INTO "params" VALUES('config.eval.batch_size','64','1193a0c1bfbf4e2d98b530e25c294745');
INSERT INTO "params" VALUES('config.eval.max_new_tokens','5','1193a0c1bfbf4e2d98b530e25c294745');
INSERT INTO "params" VALUES('config.eval.num_beams','1','1193a0c1bfbf4e2d98b530e25c294745');
INSERT INTO "params" VALUES('config.eval.length_penalty','1.0','1193a0c1bfbf4e2d98b530e25c294745');
INSERT INTO "params" VALUES('config.eval.max_examples','500','1193a0c1bfbf4e2d98b530e25c294745');
INSERT INTO "params" VALUES('config.eval.val_max_examples','200','1193a0c1bfbf4e2d98b530e25c294745');
INSERT INTO "params" VALUES('config.data.fraction','0.1','1193a0c1bfbf4e2d98b530e25c294745');
INSERT INTO "params" VALUES('config.data.data_dir','None','1193a0c1bfbf4e2d98b530e25c294745');
INSERT INTO "params" VALUES('config.data.val_images','0.1','1193a0c1bfbf4e2d98b530e25c294745');
INSERT INTO "params" VALUES('config.data.eval_split','None','1193a0c1bfbf4e2d98b530e25c294745');
INSERT INTO "params" VALUES('config.data.missing_media','error','1193a0c1bfbf4e2d98b530e25c294745');
INSERT INTO "params" VALUES('config.data.variant','None','1193a0c1bfbf4e2d98b530e25c294745');
INSERT INTO "params" VALUES('config.data.augment_views','0','1193a0c1bfbf4e2d98b530e25c294745');
INSERT INTO "params" VALUES('config.data.augmentations','[]','1193a0c1bfbf4e2d98b530e25c294745');
INSERT INTO "params" VALUES('config.data.feature_norm','auto','1193a0c1bfbf4e2d98b530e25c294745');
INSERT INTO "params" VALUES('method_config.prefix_tokens','1','1193a0c1bfbf4e2d98b530e25c294745');
INSERT INTO "params" VALUES('method_config.retrieval','False','1193a0c1bfbf4e2d98b530e25c294745');
INSERT INTO "params" VALUES('method_config.retrieval_dim','256','1193a0c1bfbf4e2d98b530e25c294745');
INSERT INTO "params" VALUES('method_config.temperature','0.07','1193a0c1bfbf4e2d98b530e25c294745');
INSERT INTO "params" VALUES('method_config.max_logit_scale','100.0','1193a0c1bfbf4e2d98b530e25c294745');
INSERT INTO "params" VALUES('method_config.ret_lm_loss_weight','1.0','1193a0c1bfbf4e2d98b530e25c294745');
INSERT INTO "params" VALUES('method_config.contrastive_loss_weight','1.0','1193a0c1bfbf4e2d98b530e25c294745');
INSERT INTO "params" VALUES('method_config.retrieval_text','prompt_and_target','1193a0c1bfbf4e2d98b530e25c294745');
INSERT INTO "params" VALUES('method_config.recall_ks','[1, 5, 10]','1193a0c1bfbf4e2d98b530e25c294745');
INSERT INTO "params" VALUES('method_config.retrieval_batch_size','32','1193a0c1bfbf4e2d98b530e25c294745');
INSERT INTO "params" VALUES('method_config.rescale_ret_embedding','True','1193a0c1bfbf4e2d98b530e25c294745');
INSERT INTO "params" VALUES('config.method','fromage','ef9de43baa3d42babd9f1d32644d53d4');
INSERT INTO "params" VALUES('config.task','easy-vqa','ef9de43baa3d42babd9f1d32644d53d4');
INSERT INTO "params" VALUES('config.lm','smollm2-135m','ef9de43baa3d42babd9f1d32644d53d4');
INSERT INTO "params" VALUES('config.encoder','efficientnet-lite0','ef9de43baa3d42babd9f1d32644d53d4');
INSERT INTO "params" VALUES('config.seed','2','ef9de43baa3d42babd9f1d32644d53d4');
INSERT INTO "params" VALUES('config.output_dir','runs/reference-diag','ef9de43baa3d42babd9f1d32644d53d4');
INSERT INTO "params" VALUES('config.run_name','fromage-noret-gradnorm_s2','ef9de43baa3d42babd9f1d32644d53d4');
INSERT INTO "params" VALUES('config.cache_dir','None','ef9de43baa3d42babd9f1d32644d53d4');
INSERT INTO "params" VALUES('config.tracking_uri','None','ef9de43baa3d42babd9f1d32644d53d4');
INSERT INTO "params" VALUES('config.experiment','reference-diag','ef9de43baa3d42babd9f1d32644d53d4');
INSERT INTO "params" VALUES('config.recipe','shared','ef9de43baa3d42babd9f1d32644d53d4');
INSERT INTO "params" VALUES('config.method_options.retrieval','False','ef9de43baa3d42babd9f1d32644d53d4');
INSERT INTO "params" VALUES('config.train.steps','100','ef9de43baa3d42babd9f1d32644d53d4');
INSERT INTO "params" VALUES('config.train.batch_size','16','ef9de43baa3d42babd9f1d32644d53d4');
INSERT INTO "params" VALUES('config.train.grad_accum','1','ef9de43baa3d42babd9f1d32644d53d4');
INSERT INTO "params" VALUES('config.train.lr','0.003','ef9de43baa3d42babd9f1d32644d53d4');
INSERT INTO "params" VALUES('config.train.min_lr','1e-05','ef9de43baa3d42babd9f1d32644d53d4');
INSERT INTO "params" VALUES('config.train.weight_decay','0.02','ef9de43baa3d42babd9f1d32644d53d4');
INSERT INTO "params" VALUES('config.train.warmup_steps','10','ef9de43baa3d42babd9f1d32644d53d4');
INSERT INTO "params" VALUES('config.train.grad_clip','1.0','ef9de43baa3d42babd9f1d32644d53d4');
INSERT INTO "params" VALUES('config.train.precision','bf16','ef9de43baa3d42babd9f1d32644d53d4');
INSERT INTO "params" VALUES('config.train.eval_every','0','ef9de43baa3d42babd9f1d32644d53d4');
INSERT INTO "params" VALUES('config.train.log_every','10','ef9de43baa3d42babd9f1d32644d53d4');
INSERT INTO "params" VALUES('config.train.checkpoint_every','50','ef9de43baa3d42babd9f1d32644d53d4');
INSERT INTO "params" VALUES('config.train.loss_reduction','token_mean','ef9de43baa3d42babd9f1d32644d53d4');
INSERT INTO "params" VALUES('config.train.loss_weight','1.0','ef9de43baa3d42babd9f1d32644d53d4');
INSERT INTO "params" VALUES('config.train.betas','[0.9, 0.999]','ef9de43baa3d42babd9f1d32644d53d4');
INSERT INTO "params" VALUES('config.train.eps','1e-08','ef9de43baa3d42babd9f1d32644d53d4');
INSERT INTO "params" VALUES('config.train.schedule','cosine','ef9de43baa3d42babd9f1d32644d53d4');
INSERT INTO "params" VALUES('config.train.param_groups','[]','ef9de43baa3d42babd9f1d32644d53d4');
INSERT INTO "params" VALUES('config.train.loss_tokens','answer','ef9de43baa3d42babd9f1d32644d53d4');
INSERT INTO "params" VALUES('config.train.label_smoothing','0.0','ef9de43baa3d42babd9f1d32644d53d4');
INSERT INTO "params" VALUES('config.train.lm_dropout','False','ef9de43baa3d42babd9f1d32644d53d4');
INSERT INTO "params" VALUES('config.eval.batch_size','64','ef9de43baa3d42babd9f1d32644d53d4');
INSERT INTO "params" VALUES('config.eval.max_new_tokens','5','ef9de43baa3d42babd9f1d32644d53d4');
INSERT INTO "params" VALUES('config.eval.num_beams','1','ef9de43baa3d42babd9f1d32644d53d4');
INSERT INTO "params" VALUES('config.eval.length_penalty','1.0','ef9de43baa3d42babd9f1d32644d53d4');
INSERT INTO "params" VALUES('config.eval.max_examples','500','ef9de43baa3d42babd9f1d32644d53d4');
INSERT INTO "params" VALUES('config.eval.val_max_examples','200','ef9de43baa3d42babd9f1d32644d53d4');
INSERT INTO "params" VALUES('config.data.fraction','0.1','ef9de43baa3d42babd9f1d32644d53d4');
INSERT INTO "params" VALUES('config.data.data_dir','None','ef9de43baa3d42babd9f1d32644d53d4');
INSERT INTO "params" VALUES('config.data.val_images','0.1','ef9de43baa3d42babd9f1d32644d53d4');
INSERT INTO "params" VALUES('config.data.eval_split','None','ef9de43baa3d42babd9f1d32644d53d4');
INSERT INTO "params" VALUES('config.data.missing_media','error','ef9de43baa3d42babd9f1d32644d53d4');
INSERT INTO "params" VALUES('config.data.variant','None','ef9de43baa3d42babd9f1d32644d53d4');
INSERT INTO "params" VALUES('config.data.augment_views','0','ef9de43baa3d42babd9f1d32644d53d4');
INSERT INTO "params" VALUES('config.data.augmentations','[]','ef9de43baa3d42babd9f1d32644d53d4');
INSERT INTO "params" VALUES('config.data.feature_norm','auto','ef9de43baa3d42babd9f1d32644d53d4');
INSERT INTO "params" VALUES('method_config.prefix_tokens','1','ef9de43baa3d42babd9f1d32644d53d4');
INSERT INTO "params" VALUES('method_config.retrieval','False','ef9de43baa3d42babd9f1d32644d53d4');
INSERT INTO "params" VALUES('method_config.retrieval_dim','256','ef9de43baa3d42babd9f1d32644d53d4');
INSERT INTO "params" VALUES('method_config.temperature','0.07','ef9de43baa3d42babd9f1d32644d53d4');
INSERT INTO "params" VALUES('method_config.max_logit_scale','100.0','ef9de43baa3d42babd9f1d32644d53d4');
INSERT INTO "params" VALUES('method_config.ret_lm_loss_weight','1.0','ef9de43baa3d42babd9f1d32644d53d4');
INSERT INTO "params" VALUES('method_config.contrastive_loss_weight','1.0','ef9de43baa3d42babd9f1d32644d53d4');
INSERT INTO "params" VALUES('method_config.retrieval_text','prompt_and_target','ef9de43baa3d42babd9f1d32644d53d4');
INSERT INTO "params" VALUES('method_config.recall_ks','[1, 5, 10]','ef9de43baa3d42babd9f1d32644d53d4');
INSERT INTO "params" VALUES('method_config.retrieval_batch_size','32','ef9de43baa3d42babd9f1d32644d53d4');
INSERT INTO "params" VALUES('method_config.rescale_ret_embedding','True','ef9de43baa3d42babd9f1d32644d53d4');
INSERT INTO "params" VALUES('config.method','flamingo','0f9357002c8a40eb8600bf90d6bd3d78');
INSERT INTO "params" VALUES('config.task','easy-vqa','0f9357002c8a40eb8600bf90d6bd3d78');
INSERT INTO "params" VALUES('config.lm','smollm2-135m','0f9357002c8a40eb8600bf90d6bd3d78');
INSERT INTO "params" VALUES('config.encoder','efficientnet-lite0','0f9357002c8a40eb8600bf90d6bd3d78');
INSERT INTO "params" VALUES('config.seed','0','0f9357002c8a40eb8600bf90d6bd3d78');
INSERT INTO "params" VALUES('config.output_dir','runs/reference-diag','0f9357002c8a40eb8600bf90d6bd3d78');
INSERT INTO "params" VALUES('config.run_name','flamingo-600_s0','0f9357002c8a40eb8600bf90d6bd3d78');
INSERT INTO "params" VALUES('config.cache_dir','None','0f9357002c8a40eb8600bf90d6bd3d78');
INSERT INTO "params" VALUES('config.tracking_uri','None','0f9357002c8a40eb8600bf90d6bd3d78');
INSERT INTO "params" VALUES('config.experiment','bench','0f9357002c8a40eb8600bf90d6bd3d78');
INSERT INTO "params" VALUES('config.recipe','shared','0f9357002c8a40eb8600bf90d6bd3d78');
INSERT INTO "params" VALUES('config.method_options','{}','0f9357002c8a40eb8600bf90d6bd3d78');
INSERT INTO "params" VALUES('config.train.steps','600','0f9357002c8a40eb8600bf90d6bd3d78');
INSERT INTO "params" VALUES('config.train.batch_size','16','0f9357002c8a40eb8600bf90d6bd3d78');
INSERT INTO "params" VALUES('config.train.grad_accum','1','0f9357002c8a40eb8600bf90d6bd3d78');
INSERT INTO "params" VALUES('config.train.lr','0.001','0f9357002c8a40eb8600bf90d6bd3d78');
INSERT INTO "params" VALUES('config.train.min_lr','1e-05','0f9357002c8a40eb8600bf90d6bd3d78');
INSERT INTO "params" VALUES('config.train.weight_decay','0.02','0f9357002c8a40eb8600bf90d6bd3d78');
INSERT INTO "params" VALUES('config.train.warmup_steps','10','0f9357002c8a40eb8600bf90d6bd3d78');
INSERT INTO "params" VALUES('config.train.grad_clip','1.0','0f9357002c8a40eb8600bf90d6bd3d78');
INSERT INTO "params" VALUES('config.train.precision','bf16','0f9357002c8a40eb8600bf90d6bd3d78');
INSERT INTO "params" VALUES('config.train.eval_every','100','0f9357002c8a40eb8600bf90d6bd3d78');
INSERT INTO "params" VALUES('config.train.log_every','10','0f9357002c8a40eb8600bf90d6bd3d78');
INSERT INTO "params" VALUES('config.train.checkpoint_every','100','0f9357002c8a40eb8600bf90d6bd3d78');
INSERT INTO "params" VALUES('config.train.loss_reduction','token_mean','0f9357002c8a40eb8600bf90d6bd3d78');
INSERT INTO "params" VALUES('config.train.loss_weight','1.0','0f9357002c8a40eb8600bf90d6bd3d78');
INSERT INTO "params" VALUES('config.train.betas','[0.9, 0.999]','0f9357002c8a40eb8600bf90d6bd3d78');
INSERT INTO "params" VALUES('config.train.eps','1e-08','0f9357002c8a40eb8600bf90d6bd3d78');
INSERT INTO "params" VALUES('config.train.schedule','cosine','0f9357002c8a40eb8600bf90d6bd3d78');
INSERT INTO "params" VALUES('config.train.param_groups','[]','0f9357002c8a40eb8600bf90d6bd3d78');
INSERT INTO "params" VALUES('config.train.loss_tokens','answer','0f9357002c8a40eb8600bf90d6bd3d78');
INSERT INTO "params" VALUES('config.train.label_smoothing','0.0','0f9357002c8a40eb8600bf90d6bd3d78');
INSERT INTO "params" VALUES('config.train.lm_dropout','False','0f9357002c8a40eb8600bf90d6bd3d78');
INSERT INTO "params" VALUES('config.eval.batch_size','64','0f9357002c8a40eb8600bf90d6bd3d78');
INSERT INTO "params" VALUES('config.eval.max_new_tokens','5','0f9357002c8a40eb8600bf90d6bd3d78');
INSERT INTO "params" VALUES('config.eval.num_beams','1','0f9357002c8a40eb8600bf90d6bd3d78');
INSERT INTO "params" VALUES('config.eval.length_penalty','1.0','0f9357002c8a40eb8600bf90d6bd3d78');
INSERT INTO "params" VALUES('config.eval.max_examples','500','0f9357002c8a40eb8600bf90d6bd3d78');
INSERT INTO "params" VALUES('config.eval.val_max_examples','200','0f9357002c8a40eb8600bf90d6bd3d78');
INSERT INTO "params" VALUES('config.data.fraction','0.1','0f9357002c8a40eb8600bf90d6bd3d78');
INSERT INTO "params" VALUES('config.data.data_dir','None','0f9357002c8a40eb8600bf90d6bd3d78');
INSERT INTO "params" VALUES('config.data.val_images','0.1','0f9357002c8a40eb8600bf90d6bd3d78');
INSERT INTO "params" VALUES('config.data.eval_split','None','0f9357002c8a40eb8600bf90d6bd3d78');
INSERT INTO "params" VALUES('config.data.missing_media','error','0f9357002c8a40eb8600bf90d6bd3d78');
INSERT INTO "params" VALUES('config.data.variant','None','0f9357002c8a40eb8600bf90d6bd3d78');
INSERT INTO "params" VALUES('config.data.augment_views','0','0f9357002c8a40eb8600bf90d6bd3d78');
INSERT INTO "params" VALUES('config.data.augmentations','[]','0f9357002c8a40eb8600bf90d6bd3d78');
INSERT INTO "params" VALUES('config.data.feature_norm','auto','0f9357002c8a40eb8600bf90d6bd3d78');
INSERT INTO "params" VALUES('method_config.preset','lite','0f9357002c8a40eb8600bf90d6bd3d78');
INSERT INTO "params" VALUES('method_config.perceiver_dim','None','0f9357002c8a40eb8600bf90d6bd3d78');
INSERT INTO "params" VALUES('method_config.perceiver_depth','None','0f9357002c8a40eb8600bf90d6bd3d78');
INSERT INTO "params" VALUES('method_config.num_latents','None','0f9357002c8a40eb8600bf90d6bd3d78');
INSERT INTO "params" VALUES('method_config.heads','None','0f9357002c8a40eb8600bf90d6bd3d78');
INSERT INTO "params" VALUES('method_config.dim_head','None','0f9357002c8a40eb8600bf90d6bd3d78');
INSERT INTO "params" VALUES('method_config.ff_mult','None','0f9357002c8a40eb8600bf90d6bd3d78');
INSERT INTO "params" VALUES('method_config.cross_attn_every_n_layers','None','0f9357002c8a40eb8600bf90d6bd3d78');
INSERT INTO "params" VALUES('method_config.patch_tokens_only','True','0f9357002c8a40eb8600bf90d6bd3d78');
INSERT INTO "params" VALUES('config.method','c-abstractor','9c744c565bde427aa376e73f48357656');
INSERT INTO "params" VALUES('config.task','easy-vqa','9c744c565bde427aa376e73f48357656');
INSERT INTO "params" VALUES('config.lm','smollm2-135m','9c744c565bde427aa376e73f48357656');
INSERT INTO "params" VALUES('config.encoder','efficientnet-lite0','9c744c565bde427aa376e73f48357656');
INSERT INTO "params" VALUES('config.seed','1','9c744c565bde427aa376e73f48357656');
INSERT INTO "params" VALUES('config.output_dir','runs/reference-diag','9c744c565bde427aa376e73f48357656');
INSERT INTO "params" VALUES('config.run_name','c-abstractor-400_s1','9c744c565bde427aa376e73f48357656');
INSERT INTO "params" VALUES('config.cache_dir','None','9c744c565bde427aa376e73f48357656');
INSERT INTO "params" VALUES('config.tracking_uri','None','9c744c565bde427aa376e73f48357656');
INSERT INTO "params" VALUES('config.experiment','bench','9c744c565bde427aa376e73f48357656');
INSERT INTO "params" VALUES('config.recipe','shared','9c744c565bde427aa376e73f48357656');
INSERT INTO "params" VALUES('config.method_options','{}','9c744c565bde427aa376e73f48357656');
INSERT INTO "params" VALUES('config.train.steps','400','9c744c565bde427aa376e73f48357656');
INSERT INTO "params" VALUES('config.train.batch_size','16','9c744c565bde427aa376e73f48357656');
INSERT INTO "params" VALUES('config.train.grad_accum','1','9c744c565bde427aa376e73f48357656');
INSERT INTO "params" VALUES('config.train.lr','0.0003','9c744c565bde427aa376e73f48357656');
INSERT INTO "params" VALUES('config.train.min_lr','1e-05','9c744c565bde427aa376e73f48357656');
INSERT INTO "params" VALUES('config.train.weight_decay','0.02','9c744c565bde427aa376e73f48357656');
INSERT INTO "params" VALUES('config.train.warmup_steps','10','9c744c565bde427aa376e73f48357656');
INSERT INTO "params" VALUES('config.train.grad_clip','1.0','9c744c565bde427aa376e73f48357656');
INSERT INTO "params" VALUES('config.train.precision','bf16','9c744c565bde427aa376e73f48357656');
INSERT INTO "params" VALUES('config.train.eval_every','100','9c744c565bde427aa376e73f48357656');
INSERT INTO "params" VALUES('config.train.log_every','10','9c744c565bde427aa376e73f48357656');
INSERT INTO "params" VALUES('config.train.checkpoint_every','50','9c744c565bde427aa376e73f48357656');
INSERT INTO "params" VALUES('config.train.loss_reduction','token_mean','9c744c565bde427aa376e73f48357656');
INSERT INTO "params" VALUES('config.train.loss_weight','1.0','9c744c565bde427aa376e73f48357656');
INSERT INTO "params" VALUES('config.train.betas','[0.9, 0.999]','9c744c565bde427aa376e73f48357656');
INSERT INTO "params" VALUES('config.train.eps','1e-08','9c744c565bde427aa376e73f48357656');
INSERT INTO "params" VALUES('config.train.schedule','cosine','9c744c565bde427aa376e73f48357656');
INSERT INTO "params" VALUES('config.train.param_groups','[]','9c744c565bde427aa376e73f48357656');
INSERT INTO "params" VALUES('config.train.loss_tokens','answer','9c744c565bde427aa376e73f48357656');
INSERT INTO "params" VALUES('config.train.label_smoothing','0.0','9c744c565bde427aa376e73f48357656');
INSERT INTO "params" VALUES('config.train.lm_dropout','False','9c744c565bde427aa376e73f48357656');
INSERT INTO "params" VALUES('config.eval.batch_size','64','9c744c565bde427aa376e73f48357656');
INSERT INTO "params" VALUES('config.eval.max_new_tokens','5','9c744c565bde427aa376e73f48357656');
INSERT INTO "params" VALUES('config.eval.num_beams','1','9c744c565bde427aa376e73f48357656');
INSERT INTO "params" VALUES('config.eval.length_penalty','1.0','9c744c565bde427aa376e73f48357656');
INSERT INTO "params" VALUES('config.eval.max_examples','500','9c744c565bde427aa376e73f48357656');
INSERT INTO "params" VALUES('config.eval.val_max_examples','200','9c744c565bde427aa376e73f48357656');
INSERT INTO "params" VALUES('config.data.fraction','0.1','9c744c565bde427aa376e73f48357656');
INSERT INTO "params" VALUES('config.data.data_dir','None','9c744c565bde427aa376e73f48357656');
INSERT INTO "params" VALUES('config.data.val_images','0.1','9c744c565bde427aa376e73f48357656');
INSERT INTO "params" VALUES('config.data.eval_split','None','9c744c565bde427aa376e73f48357656');
INSERT INTO "params" VALUES('config.data.missing_media','error','9c744c565bde427aa376e73f48357656');
INSERT INTO "params" VALUES('config.data.variant','None','9c744c565bde427aa376e73f48357656');
INSERT INTO "params" VALUES('config.data.augment_views','0','9c744c565bde427aa376e73f48357656');
INSERT INTO "params" VALUES('config.data.augmentations','[]','9c744c565bde427aa376e73f48357656');
INSERT INTO "params" VALUES('config.data.feature_norm','auto','9c744c565bde427aa376e73f48357656');
INSERT INTO "params" VALUES('method_config.preset','lite','9c744c565bde427aa376e73f48357656');
INSERT INTO "params" VALUES('method_config.hidden_size','None','9c744c565bde427aa376e73f48357656');
INSERT INTO "params" VALUES('method_config.depth','None','9c744c565bde427aa376e73f48357656');
INSERT INTO "params" VALUES('method_config.mlp_depth','None','9c744c565bde427aa376e73f48357656');
INSERT INTO "params" VALUES('method_config.num_queries','16','9c744c565bde427aa376e73f48357656');
INSERT INTO "params" VALUES('method_config.pos_emb','True','9c744c565bde427aa376e73f48357656');
INSERT INTO "params" VALUES('config.method','mapl','218946718bf44424a223ffbe365df18c');
INSERT INTO "params" VALUES('config.task','easy-vqa','218946718bf44424a223ffbe365df18c');
INSERT INTO "params" VALUES('config.lm','smollm2-135m','218946718bf44424a223ffbe365df18c');
INSERT INTO "params" VALUES('config.encoder','efficientnet-lite0','218946718bf44424a223ffbe365df18c');
INSERT INTO "params" VALUES('config.seed','1','218946718bf44424a223ffbe365df18c');
INSERT INTO "params" VALUES('config.output_dir','runs/reference-diag','218946718bf44424a223ffbe365df18c');
INSERT INTO "params" VALUES('config.run_name','mapl-400_s1','218946718bf44424a223ffbe365df18c');
INSERT INTO "params" VALUES('config.cache_dir','None','218946718bf44424a223ffbe365df18c');
INSERT INTO "params" VALUES('config.tracking_uri','None','218946718bf44424a223ffbe365df18c');
INSERT INTO "params" VALUES('config.experiment','bench','218946718bf44424a223ffbe365df18c');
INSERT INTO "params" VALUES('config.recipe','shared','218946718bf44424a223ffbe365df18c');
INSERT INTO "params" VALUES('config.method_options','{}','218946718bf44424a223ffbe365df18c');
INSERT INTO "params" VALUES('config.train.steps','400','218946718bf44424a223ffbe365df18c');
INSERT INTO "params" VALUES('config.train.batch_size','16','218946718bf44424a223ffbe365df18c');
INSERT INTO "params" VALUES('config.train.grad_accum','1','218946718bf44424a223ffbe365df18c');
INSERT INTO "params" VALUES('config.train.lr','0.0003','218946718bf44424a223ffbe365df18c');
INSERT INTO "params" VALUES('config.train.min_lr','1e-05','218946718bf44424a223ffbe365df18c');
INSERT INTO "params" VALUES('config.train.weight_decay','0.02','218946718bf44424a223ffbe365df18c');
INSERT INTO "params" VALUES('config.train.warmup_steps','10','218946718bf44424a223ffbe365df18c');
INSERT INTO "params" VALUES('config.train.grad_clip','1.0','218946718bf44424a223ffbe365df18c');
INSERT INTO "params" VALUES('config.train.precision','bf16','218946718bf44424a223ffbe365df18c');
INSERT INTO "params" VALUES('config.train.eval_every','100','218946718bf44424a223ffbe365df18c');
INSERT INTO "params" VALUES('config.train.log_every','10','218946718bf44424a223ffbe365df18c');
INSERT INTO "params" VALUES('config.train.checkpoint_every','50','218946718bf44424a223ffbe365df18c');
INSERT INTO "params" VALUES('config.train.loss_reduction','token_mean','218946718bf44424a223ffbe365df18c');
INSERT INTO "params" VALUES('config.train.loss_weight','1.0','218946718bf44424a223ffbe365df18c');
INSERT INTO "params" VALUES('config.train.betas','[0.9, 0.999]','218946718bf44424a223ffbe365df18c');
INSERT INTO "params" VALUES('config.train.eps','1e-08','218946718bf44424a223ffbe365df18c');
INSERT INTO "params" VALUES('config.train.schedule','cosine','218946718bf44424a223ffbe365df18c');
INSERT INTO "params" VALUES('config.train.param_groups','[]','218946718bf44424a223ffbe365df18c');
INSERT INTO "params" VALUES('config.train.loss_tokens','answer','218946718bf44424a223ffbe365df18c');
INSERT INTO "params" VALUES('config.train.label_smoothing','0.0','218946718bf44424a223ffbe365df18c');
INSERT INTO "params" VALUES('config.train.lm_dropout','False','218946718bf44424a223ffbe365df18c');
INSERT INTO "params" VALUES('config.eval.batch_size','64','218946718bf44424a223ffbe365df18c');
INSERT INTO "params" VALUES('config.eval.max_new_tokens','5','218946718bf44424a223ffbe365df18c');
INSERT INTO "params" VALUES('config.eval.num_beams','1','218946718bf44424a223ffbe365df18c');
INSERT INTO "params" VALUES('config.eval.length_penalty','1.0','218946718bf44424a223ffbe365df18c');
INSERT INTO "params" VALUES('config.eval.max_examples','500','218946718bf44424a223ffbe365df18c');
INSERT INTO "params" VALUES('config.eval.val_max_examples','200','218946718bf44424a223ffbe365df18c');
INSERT INTO "params" VALUES('config.data.fraction','0.1','218946718bf44424a223ffbe365df18c');
INSERT INTO "params" VALUES('config.data.data_dir','None','218946718bf44424a223ffbe365df18c');
INSERT INTO "params" VALUES('config.data.val_images','0.1','218946718bf44424a223ffbe365df18c');
INSERT INTO "params" VALUES('config.data.eval_split','None','218946718bf44424a223ffbe365df18c');
INSERT INTO "params" VALUES('config.data.missing_media','error','218946718bf44424a223ffbe365df18c');
INSERT INTO "params" VALUES('config.data.variant','None','218946718bf44424a223ffbe365df18c');
INSERT INTO "params" VALUES('config.data.augment_views','0','218946718bf44424a223ffbe365df18c');
INSERT INTO "params" VALUES('config.data.augmentations','[]','218946718bf44424a223ffbe365df18c');
INSERT INTO "params" VALUES('config.data.feature_norm','auto','218946718bf44424a223ffbe365df18c');
INSERT INTO "params" VALUES('method_config.width','256','218946718bf44424a223ffbe365df18c');
INSERT INTO "params" VALUES('method_config.heads','8','218946718bf44424a223ffbe365df18c');
INSERT INTO "params" VALUES('method_config.ffn_dim','512','218946718bf44424a223ffbe365df18c');
INSERT INTO "params" VALUES('method_config.layers','4','218946718bf44424a223ffbe365df18c');
INSERT INTO "params" VALUES('method_config.num_queries','32','218946718bf44424a223ffbe365df18c');
INSERT INTO "params" VALUES('method_config.dropout','0.0','218946718bf44424a223ffbe365df18c');
INSERT INTO "params" VALUES('config.method','lm-block','f33d18d6cefc420f857300c2b5cfd388');
INSERT INTO "params" VALUES('config.task','easy-vqa','f33d18d6cefc420f857300c2b5cfd388');
INSERT INTO "params" VALUES('config.lm','smollm2-135m','f33d18d6cefc420f857300c2b5cfd388');
INSERT INTO "params" VALUES('config.encoder','efficientnet-lite0','f33d18d6cefc420f857300c2b5cfd388');
INSERT INTO "params" VALUES('config.seed','2','f33d18d6cefc420f857300c2b5cfd388');
INSERT INTO "params" VALUES('config.output_dir','runs/reference-diag','f33d18d6cefc420f857300c2b5cfd388');
INSERT INTO "params" VALUES('config.run_name','lm-block-lr1e-3_s2','f33d18d6cefc420f857300c2b5cfd388');
INSERT INTO "params" VALUES('config.cache_dir','None','f33d18d6cefc420f857300c2b5cfd388');
INSERT INTO "params" VALUES('config.tracking_uri','None','f33d18d6cefc420f857300c2b5cfd388');
INSERT INTO "params" VALUES('config.experiment','bench','f33d18d6cefc420f857300c2b5cfd388');
INSERT INTO "params" VALUES('config.recipe','shared','f33d18d6cefc420f857300c2b5cfd388');
INSERT INTO "params" VALUES('config.method_options','{}','f33d18d6cefc420f857300c2b5cfd388');
INSERT INTO "params" VALUES('config.train.steps','100','f33d18d6cefc420f857300c2b5cfd388');
INSERT INTO "params" VALUES('config.train.batch_size','16','f33d18d6cefc420f857300c2b5cfd388');
INSERT INTO "params" VALUES('config.train.grad_accum','1','f33d18d6cefc420f857300c2b5cfd388');
INSERT INTO "params" VALUES('config.train.lr','0.001','f33d18d6cefc420f857300c2b5cfd388');
INSERT INTO "params" VALUES('config.train.min_lr','1e-05','f33d18d6cefc420f857300c2b5cfd388');
INSERT INTO "params" VALUES('config.train.weight_decay','0.02','f33d18d6cefc420f857300c2b5cfd388');
INSERT INTO "params" VALUES('config.train.warmup_steps','10','f33d18d6cefc420f857300c2b5cfd388');
INSERT INTO "params" VALUES('config.train.grad_clip','1.0','f33d18d6cefc420f857300c2b5cfd388');
INSERT INTO "params" VALUES('config.train.precision','bf16','f33d18d6cefc420f857300c2b5cfd388');
INSERT INTO "params" VALUES('config.train.eval_every','0','f33d18d6cefc420f857300c2b5cfd388');
INSERT INTO "params" VALUES('config.train.log_every','10','f33d18d6cefc420f857300c2b5cfd388');
INSERT INTO "params" VALUES('config.train.checkpoint_every','50','f33d18d6cefc420f857300c2b5cfd388');
INSERT INTO "params" VALUES('config.train.loss_reduction','token_mean','f33d18d6cefc420f857300c2b5cfd388');
INSERT INTO "params" VALUES('config.train.loss_weight','1.0','f33d18d6cefc420f857300c2b5cfd388');
INSERT INTO "params" VALUES('config.train.betas','[0.9, 0.999]','f33d18d6cefc420f857300c2b5cfd388');
INSERT INTO "params" VALUES('config.train.eps','1e-08','f33d18d6cefc420f857300c2b5cfd388');
INSERT INTO "params" VALUES('config.train.schedule','cosine','f33d18d6cefc420f857300c2b5cfd388');
INSERT INTO "params" VALUES('config.train.param_groups','[]','f33d18d6cefc420f857300c2b5cfd388');
INSERT INTO "params" VALUES('config.train.loss_tokens','answer','f33d18d6cefc420f857300c2b5cfd388');
INSERT INTO "params" VALUES('config.train.label_smoothing','0.0','f33d18d6cefc420f857300c2b5cfd388');
INSERT INTO "params" VALUES('config.train.lm_dropout','False','f33d18d6cefc420f857300c2b5cfd388');
INSERT INTO "params" VALUES('config.eval.batch_size','64','f33d18d6cefc420f857300c2b5cfd388');
INSERT INTO "params" VALUES('config.eval.max_new_tokens','5','f33d18d6cefc420f857300c2b5cfd388');
INSERT INTO "params" VALUES('config.eval.num_beams','1','f33d18d6cefc420f857300c2b5cfd388');
INSERT INTO "params" VALUES('config.eval.length_penalty','1.0','f33d18d6cefc420f857300c2b5cfd388');
INSERT INTO "params" VALUES('config.eval.max_examples','500','f33d18d6cefc420f857300c2b5cfd388');
INSERT INTO "params" VALUES('config.eval.val_max_examples','200','f33d18d6cefc420f857300c2b5cfd388');
INSERT INTO "params" VALUES('config.data.fraction','0.1','f33d18d6cefc420f857300c2b5cfd388');
INSERT INTO "params" VALUES('config.data.data_dir','None','f33d18d6cefc420f857300c2b5cfd388');
INSERT INTO "params" VALUES('config.data.val_images','0.1','f33d18d6cefc420f857300c2b5cfd388');
INSERT INTO "params" VALUES('config.data.eval_split','None','f33d18d6cefc420f857300c2b5cfd388');
INSERT INTO "params" VALUES('config.data.missing_media','error','f33d18d6cefc420f857300c2b5cfd388');
INSERT INTO "params" VALUES('config.data.variant','None','f33d18d6cefc420f857300c2b5cfd388');
INSERT INTO "params" VALUES('config.data.augment_views','0','f33d18d6cefc420f857300c2b5cfd388');
INSERT INTO "params" VALUES('config.data.augmentations','[]','f33d18d6cefc420f857300c2b5cfd388');
INSERT INTO "params" VALUES('config.data.feature_norm','auto','f33d18d6cefc420f857300c2b5cfd388');
INSERT INTO "params" VALUES('method_config.block_index','-1','f33d18d6cefc420f857300c2b5cfd388');
INSERT INTO "params" VALUES('method_config.input_norm','True','f33d18d6cefc420f857300c2b5cfd388');
INSERT INTO "params" VALUES('method_config.patch_tokens_only','False','f33d18d6cefc420f857300c2b5cfd388');
INSERT INTO "params" VALUES('method_config.norm_eps','1e-06','f33d18d6cefc420f857300c2b5cfd388');
INSERT INTO "params" VALUES('method_config.reinit','False','f33d18d6cefc420f857300c2b5cfd388');
INSERT INTO "params" VALUES('method_config.reinit_seed','0','f33d18d6cefc420f857300c2b5cfd388');
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
INSERT INTO "runs" VALUES('8d832f822464437487f9f3db74ff42bc','fromage-noret_s0','UNKNOWN','','','unknown','FINISHED',1796222424170,1796222588145,'','active','file:///work/main/runs/reference-diag/mlartifacts/8d832f822464437487f9f3db74ff42bc/artifacts',1,NULL);
INSERT INTO "runs" VALUES('2f50f8a4302d44b394e62d212f4692c8','fromage-noclip_s0','UNKNOWN','','','unknown','FINISHED',1796222746253,1796223090657,'','active','file:///work/main/runs/reference-diag/mlartifacts/2f50f8a4302d44b394e62d212f4692c8/artifacts',1,NULL);
INSERT INTO "runs" VALUES('3d050bf688c94e18b2f7530dc3576042','fromage-noret-noclip_s0','UNKNOWN','','','unknown','FINISHED',1796223179318,1796223380856,'','active','file:///work/main/runs/reference-diag/mlartifacts/3d050bf688c94e18b2f7530dc3576042/artifacts',1,NULL);
INSERT INTO "runs" VALUES('3bc2c5b88a21468bbdc9b73315218ba0','fromage-gradnorm_s0','UNKNOWN','','','unknown','FINISHED',1796223619501,1796223985184,'','active','file:///work/main/runs/reference-diag/mlartifacts/3bc2c5b88a21468bbdc9b73315218ba0/artifacts',1,NULL);
INSERT INTO "runs" VALUES('31a0c905277347d094116204ae300369','fromage-noret-gradnorm_s0','UNKNOWN','','','unknown','FINISHED',1796224000039,1796224149025,'','active','file:///work/main/runs/reference-diag/mlartifacts/31a0c905277347d094116204ae300369/artifacts',1,NULL);
INSERT INTO "runs" VALUES('1193a0c1bfbf4e2d98b530e25c294745','fromage-noret-gradnorm_s1','UNKNOWN','','','unknown','FINISHED',1796224193099,1796224356592,'','active','file:///work/main/runs/reference-diag/mlartifacts/1193a0c1bfbf4e2d98b530e25c294745/artifacts',1,NULL);
INSERT INTO "runs" VALUES('ef9de43baa3d42babd9f1d32644d53d4','fromage-noret-gradnorm_s2','UNKNOWN','','','unknown','FINISHED',1796224378726,1796224528697,'','active','file:///work/main/runs/reference-diag/mlartifacts/ef9de43baa3d42babd9f1d32644d53d4/artifacts',1,NULL);
INSERT INTO "runs" VALUES('0f9357002c8a40eb8600bf90d6bd3d78','flamingo-600_s0','UNKNOWN','','','unknown','FINISHED',1796225489122,1796227121126,'','active','file:///work/main/runs/reference-diag/mlartifacts/0f9357002c8a40eb8600bf90d6bd3d78/artifacts',2,NULL);
INSERT INTO "runs" VALUES('9c744c565bde427aa376e73f48357656','c-abstractor-400_s1','UNKNOWN','','','unknown','FINISHED',1796232790852,1796233726018,'','active','file:///work/main/runs/reference-diag/mlartifacts/9c744c565bde427aa376e73f48357656/artifacts',2,NULL);
INSERT INTO "runs" VALUES('218946718bf44424a223ffbe365df18c','mapl-400_s1','UNKNOWN','','','unknown','FINISHED',1796236216693,1796237598682,'','active','file:///work/main/runs/reference-diag/mlartifacts/218946718bf44424a223ffbe365df18c/artifacts',2,NULL);
INSERT INTO "runs" VALUES('f33d18d6cefc420f857300c2b5cfd388','lm-block-lr1e-3_s2','UNKNOWN','','','unknown','FINISHED',1796238193947,1796238543529,'','active','file:///work/main/runs/reference-diag/mlartifacts/f33d18d6cefc420f857300c2b5cfd388/artifacts',2,NULL);
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
INSERT INTO "tags" VALUES('mlflow.runName','fromage-noret_s0','8d832f822464437487f9f3db74ff42bc');
INSERT INTO "tags" VALUES('git.commit','726f429da233720eb4c032e23d32a2740820d791','8d832f822464437487f9f3db74ff42bc');
INSERT INTO "tags" VALUES('git.dirty','True','8d832f822464437487f9f3db74ff42bc');
INSERT INTO "tags" VALUES('hostname','vm','8d832f822464437487f9f3db74ff42bc');
INSERT INTO "tags" VALUES('mlflow.source.git.commit','726f429da233720eb4c032e23d32a2740820d791','8d832f822464437487f9f3db74ff42bc');
INSERT INTO "tags" VALUES('version.torch','2.14.1','8d832f822464437487f9f3db74ff42bc');
INSERT INTO "tags" VALUES('version.transformers','5.24.0','8d832f822464437487f9f3db74ff42bc');
INSERT INTO "tags" VALUES('version.timm','1.0.31','8d832f822464437487f9f3db74ff42bc');
INSERT INTO "tags" VALUES('version.accelerate','1.15.0','8d832f822464437487f9f3db74ff42bc');
INSERT INTO "tags" VALUES('version.mlflow','3.17.2','8d832f822464437487f9f3db74ff42bc');
INSERT INTO "tags" VALUES('version.safetensors','0.8.0','8d832f822464437487f9f3db74ff42bc');
INSERT INTO "tags" VALUES('version.numpy','2.4.6','8d832f822464437487f9f3db74ff42bc');
INSERT INTO "tags" VALUES('version.python','3.11.7','8d832f822464437487f9f3db74ff42bc');
INSERT INTO "tags" VALUES('hardware.gpus','none','8d832f822464437487f9f3db74ff42bc');
INSERT INTO "tags" VALUES('hardware.torch_threads','1','8d832f822464437487f9f3db74ff42bc');
INSERT INTO "tags" VALUES('method','fromage','8d832f822464437487f9f3db74ff42bc');
INSERT INTO "tags" VALUES('task','easy-vqa','8d832f822464437487f9f3db74ff42bc');
INSERT INTO "tags" VALUES('lm','smollm2-135m','8d832f822464437487f9f3db74ff42bc');
INSERT INTO "tags" VALUES('encoder','efficientnet-lite0','8d832f822464437487f9f3db74ff42bc');
INSERT INTO "tags" VALUES('metric','vqa_accuracy','8d832f822464437487f9f3db74ff42bc');
INSERT INTO "tags" VALUES('data_fraction','0.1','8d832f822464437487f9f3db74ff42bc');
INSERT INTO "tags" VALUES('seed','0','8d832f822464437487f9f3db74ff42bc');
INSERT INTO "tags" VALUES('encoder_regime','frozen','8d832f822464437487f9f3db74ff42bc');
INSERT INTO "tags" VALUES('mlflow.runName','fromage-noclip_s0','2f50f8a4302d44b394e62d212f4692c8');
INSERT INTO "tags" VALUES('git.commit','726f429da233720eb4c032e23d32a2740820d791','2f50f8a4302d44b394e62d212f4692c8');
INSERT INTO "tags" VALUES('git.dirty','True','2f50f8a4302d44b394e62d212f4692c8');
INSERT INTO "tags" VALUES('hostname','vm','2f50f8a4302d44b394e62d212f4692c8');
INSERT INTO "tags" VALUES('mlflow.source.git.commit','726f429da233720eb4c032e23d32a2740820d791','2f50f8a4302d44b394e62d212f4692c8');
INSERT INTO "tags" VALUES('version.torch','2.14.1','2f50f8a4302d44b394e62d212f4692c8');
INSERT INTO "tags" VALUES('version.transformers','5.24.0','2f50f8a4302d44b394e62d212f4692c8');
INSERT INTO "tags" VALUES('version.timm','1.0.31','2f50f8a4302d44b394e62d212f4692c8');
INSERT INTO "tags" VALUES('version.accelerate','1.15.0','2f50f8a4302d44b394e62d212f4692c8');
INSERT INTO "tags" VALUES('version.mlflow','3.17.2','2f50f8a4302d44b394e62d212f4692c8');
INSERT INTO "tags" VALUES('version.safetensors','0.8.0','2f50f8a4302d44b394e62d212f4692c8');
INSERT INTO "tags" VALUES('version.numpy','2.4.6','2f50f8a4302d44b394e62d212f4692c8');
INSERT INTO "tags" VALUES('version.python','3.11.7','2f50f8a4302d44b394e62d212f4692c8');
INSERT INTO "tags" VALUES('hardware.gpus','none','2f50f8a4302d44b394e62d212f4692c8');
INSERT INTO "tags" VALUES('hardware.torch_threads','1','2f50f8a4302d44b394e62d212f4692c8');
INSERT INTO "tags" VALUES('method','fromage','2f50f8a4302d44b394e62d212f4692c8');
INSERT INTO "tags" VALUES('task','easy-vqa','2f50f8a4302d44b394e62d212f4692c8');
INSERT INTO "tags" VALUES('lm','smollm2-135m','2f50f8a4302d44b394e62d212f4692c8');
INSERT INTO "tags" VALUES('encoder','efficientnet-lite0','2f50f8a4302d44b394e62d212f4692c8');
INSERT INTO "tags" VALUES('metric','vqa_accuracy','2f50f8a4302d44b394e62d212f4692c8');
INSERT INTO "tags" VALUES('data_fraction','0.1','2f50f8a4302d44b394e62d212f4692c8');
INSERT INTO "tags" VALUES('seed','0','2f50f8a4302d44b394e62d212f4692c8');
INSERT INTO "tags" VALUES('encoder_regime','frozen','2f50f8a4302d44b394e62d212f4692c8');
INSERT INTO "tags" VALUES('mlflow.runName','fromage-noret-noclip_s0','3d050bf688c94e18b2f7530dc3576042');
INSERT INTO "tags" VALUES('git.commit','726f429da233720eb4c032e23d32a2740820d791','3d050bf688c94e18b2f7530dc3576042');
INSERT INTO "tags" VALUES('git.dirty','True','3d050bf688c94e18b2f7530dc3576042');
INSERT INTO "tags" VALUES('hostname','vm','3d050bf688c94e18b2f7530dc3576042');
INSERT INTO "tags" VALUES('mlflow.source.git.commit','726f429da233720eb4c032e23d32a2740820d791','3d050bf688c94e18b2f7530dc3576042');
INSERT INTO "tags" VALUES('version.torch','2.14.1','3d050bf688c94e18b2f7530dc3576042');
INSERT INTO "tags" VALUES('version.transformers','5.24.0','3d050bf688c94e18b2f7530dc3576042');
INSERT INTO "tags" VALUES('version.timm','1.0.31','3d050bf688c94e18b2f7530dc3576042');
INSERT INTO "tags" VALUES('version.accelerate','1.15.0','3d050bf688c94e18b2f7530dc3576042');
INSERT INTO "tags" VALUES('version.mlflow','3.17.2','3d050bf688c94e18b2f7530dc3576042');
INSERT INTO "tags" VALUES('version.safetensors','0.8.0','3d050bf688c94e18b2f7530dc3576042');
INSERT INTO "tags" VALUES('version.numpy','2.4.6','3d050bf688c94e18b2f7530dc3576042');
INSERT INTO "tags" VALUES('version.python','3.11.7','3d050bf688c94e18b2f7530dc3576042');
INSERT INTO "tags" VALUES('hardware.gpus','none','3d050bf688c94e18b2f7530dc3576042');
INSERT INTO "tags" VALUES('hardware.torch_threads','1','3d050bf688c94e18b2f7530dc3576042');
INSERT INTO "tags" VALUES('method','fromage','3d050bf688c94e18b2f7530dc3576042');
INSERT INTO "tags" VALUES('task','easy-vqa','3d050bf688c94e18b2f7530dc3576042');
INSERT INTO "tags" VALUES('lm','smollm2-135m','3d050bf688c94e18b2f7530dc3576042');
INSERT INTO "tags" VALUES('encoder','efficientnet-lite0','3d050bf688c94e18b2f7530dc3576042');
INSERT INTO "tags" VALUES('metric','vqa_accuracy','3d050bf688c94e18b2f7530dc3576042');
INSERT INTO "tags" VALUES('data_fraction','0.1','3d050bf688c94e18b2f7530dc3576042');
INSERT INTO "tags" VALUES('seed','0','3d050bf688c94e18b2f7530dc3576042');
INSERT INTO "tags" VALUES('encoder_regime','frozen','3d050bf688c94e18b2f7530dc3576042');
INSERT INTO "tags" VALUES('mlflow.runName','fromage-gradnorm_s0','3bc2c5b88a21468bbdc9b73315218ba0');
INSERT INTO "tags" VALUES('git.commit','1887cfc0f56d31c567411b6eef0d7b2c7a18bfe5','3bc2c5b88a21468bbdc9b73315218ba0');
INSERT INTO "tags" VALUES('git.dirty','False','3bc2c5b88a21468bbdc9b73315218ba0');
INSERT INTO "tags" VALUES('hostname','vm','3bc2c5b88a21468bbdc9b73315218ba0');
INSERT INTO "tags" VALUES('mlflow.source.git.commit','1887cfc0f56d31c567411b6eef0d7b2c7a18bfe5','3bc2c5b88a21468bbdc9b73315218ba0');
INSERT INTO "tags" VALUES('version.torch','2.14.1','3bc2c5b88a21468bbdc9b73315218ba0');
INSERT INTO "tags" VALUES('version.transformers','5.24.0','3bc2c5b88a21468bbdc9b73315218ba0');
INSERT INTO "tags" VALUES('version.timm','1.0.31','3bc2c5b88a21468bbdc9b73315218ba0');
INSERT INTO "tags" VALUES('version.accelerate','1.15.0','3bc2c5b88a21468bbdc9b73315218ba0');
INSERT INTO "tags" VALUES('version.mlflow','3.17.2','3bc2c5b88a21468bbdc9b73315218ba0');
INSERT INTO "tags" VALUES('version.safetensors','0.8.0','3bc2c5b88a21468bbdc9b73315218ba0');
INSERT INTO "tags" VALUES('version.numpy','2.4.6','3bc2c5b88a21468bbdc9b73315218ba0');
INSERT INTO "tags" VALUES('version.python','3.11.7','3bc2c5b88a21468bbdc9b73315218ba0');
INSERT INTO "tags" VALUES('hardware.gpus','none','3bc2c5b88a21468bbdc9b73315218ba0');
INSERT INTO "tags" VALUES('hardware.torch_threads','1','3bc2c5b88a21468bbdc9b73315218ba0');
INSERT INTO "tags" VALUES('method','fromage','3bc2c5b88a21468bbdc9b73315218ba0');
INSERT INTO "tags" VALUES('task','easy-vqa','3bc2c5b88a21468bbdc9b73315218ba0');
INSERT INTO "tags" VALUES('lm','smollm2-135m','3bc2c5b88a21468bbdc9b73315218ba0');
INSERT INTO "tags" VALUES('encoder','efficientnet-lite0','3bc2c5b88a21468bbdc9b73315218ba0');
INSERT INTO "tags" VALUES('metric','vqa_accuracy','3bc2c5b88a21468bbdc9b73315218ba0');
INSERT INTO "tags" VALUES('data_fraction','0.1','3bc2c5b88a21468bbdc9b73315218ba0');
INSERT INTO "tags" VALUES('seed','0','3bc2c5b88a21468bbdc9b73315218ba0');
INSERT INTO "tags" VALUES('encoder_regime','frozen','3bc2c5b88a21468bbdc9b73315218ba0');
INSERT INTO "tags" VALUES('mlflow.runName','fromage-noret-gradnorm_s0','31a0c905277347d094116204ae300369');
INSERT INTO "tags" VALUES('git.commit','1887cfc0f56d31c567411b6eef0d7b2c7a18bfe5','31a0c905277347d094116204ae300369');
INSERT INTO "tags" VALUES('git.dirty','False','31a0c905277347d094116204ae300369');
INSERT INTO "tags" VALUES('hostname','vm','31a0c905277347d094116204ae300369');
INSERT INTO "tags" VALUES('mlflow.source.git.commit','1887cfc0f56d31c567411b6eef0d7b2c7a18bfe5','31a0c905277347d094116204ae300369');
INSERT INTO "tags" VALUES('version.torch','2.14.1','31a0c905277347d094116204ae300369');
INSERT INTO "tags" VALUES('version.transformers','5.24.0','31a0c905277347d094116204ae300369');
INSERT INTO "tags" VALUES('version.timm','1.0.31','31a0c905277347d094116204ae300369');
INSERT INTO "tags" VALUES('version.accelerate','1.15.0','31a0c905277347d094116204ae300369');
INSERT INTO "tags" VALUES('version.mlflow','3.17.2','31a0c905277347d094116204ae300369');
INSERT INTO "tags" VALUES('version.safetensors','0.8.0','31a0c905277347d094116204ae300369');
INSERT INTO "tags" VALUES('version.numpy','2.4.6','31a0c905277347d094116204ae300369');
INSERT INTO "tags" VALUES('version.python','3.11.7','31a0c905277347d094116204ae300369');
INSERT INTO "tags" VALUES('hardware.gpus','none','31a0c905277347d094116204ae300369');
INSERT INTO "tags" VALUES('hardware.torch_threads','1','31a0c905277347d094116204ae300369');
INSERT INTO "tags" VALUES('method','fromage','31a0c905277347d094116204ae300369');
INSERT INTO "tags" VALUES('task','easy-vqa','31a0c905277347d094116204ae300369');
INSERT INTO "tags" VALUES('lm','smollm2-135m','31a0c905277347d094116204ae300369');
INSERT INTO "tags" VALUES('encoder','efficientnet-lite0','31a0c905277347d094116204ae300369');
INSERT INTO "tags" VALUES('metric','vqa_accuracy','31a0c905277347d094116204ae300369');
INSERT INTO "tags" VALUES('data_fraction','0.1','31a0c905277347d094116204ae300369');
INSERT INTO "tags" VALUES('seed','0','31a0c905277347d094116204ae300369');
INSERT INTO "tags" VALUES('encoder_regime','frozen','31a0c905277347d094116204ae300369');
INSERT INTO "tags" VALUES('mlflow.runName','fromage-noret-gradnorm_s1','1193a0c1bfbf4e2d98b530e25c294745');
INSERT INTO "tags" VALUES('git.commit','1887cfc0f56d31c567411b6eef0d7b2c7a18bfe5','1193a0c1bfbf4e2d98b530e25c294745');
INSERT INTO "tags" VALUES('git.dirty','True','1193a0c1bfbf4e2d98b530e25c294745');
INSERT INTO "tags" VALUES('hostname','vm','1193a0c1bfbf4e2d98b530e25c294745');
INSERT INTO "tags" VALUES('mlflow.source.git.commit','1887cfc0f56d31c567411b6eef0d7b2c7a18bfe5','1193a0c1bfbf4e2d98b530e25c294745');
INSERT INTO "tags" VALUES('version.torch','2.14.1','1193a0c1bfbf4e2d98b530e25c294745');
INSERT INTO "tags" VALUES('version.transformers','5.24.0','1193a0c1bfbf4e2d98b530e25c294745');
INSERT INTO "tags" VALUES('version.timm','1.0.31','1193a0c1bfbf4e2d98b530e25c294745');
INSERT INTO "tags" VALUES('version.accelerate','1.15.0','1193a0c1bfbf4e2d98b530e25c294745');
INSERT INTO "tags" VALUES('version.mlflow','3.17.2','1193a0c1bfbf4e2d98b530e25c294745');
INSERT INTO "tags" VALUES('version.safetensors','0.8.0','1193a0c1bfbf4e2d98b530e25c294745');
INSERT INTO "tags" VALUES('version.numpy','2.4.6','1193a0c1bfbf4e2d98b530e25c294745');
INSERT INTO "tags" VALUES('version.python','3.11.7','1193a0c1bfbf4e2d98b530e25c294745');
INSERT INTO "tags" VALUES('hardware.gpus','none','1193a0c1bfbf4e2d98b530e25c294745');
INSERT INTO "tags" VALUES('hardware.torch_threads','1','1193a0c1bfbf4e2d98b530e25c294745');
INSERT INTO "tags" VALUES('method','fromage','1193a0c1bfbf4e2d98b530e25c294745');
INSERT INTO "tags" VALUES('task','easy-vqa','1193a0c1bfbf4e2d98b530e25c294745');
INSERT INTO "tags" VALUES('lm','smollm2-135m','1193a0c1bfbf4e2d98b530e25c294745');
INSERT INTO "tags" VALUES('encoder','efficientnet-lite0','1193a0c1bfbf4e2d98b530e25c294745');
INSERT INTO "tags" VALUES('metric','vqa_accuracy','1193a0c1bfbf4e2d98b530e25c294745');
INSERT INTO "tags" VALUES('data_fraction','0.1','1193a0c1bfbf4e2d98b530e25c294745');
INSERT INTO "tags" VALUES('seed','1','1193a0c1bfbf4e2d98b530e25c294745');
INSERT INTO "tags" VALUES('encoder_regime','frozen','1193a0c1bfbf4e2d98b530e25c294745');
INSERT INTO "tags" VALUES('mlflow.runName','fromage-noret-gradnorm_s2','ef9de43baa3d42babd9f1d32644d53d4');
INSERT INTO "tags" VALUES('git.commit','ec27c9bb84861822a5120ba621424bce9fecf29e','ef9de43baa3d42babd9f1d32644d53d4');
INSERT INTO "tags" VALUES('git.dirty','False','ef9de43baa3d42babd9f1d32644d53d4');
INSERT INTO "tags" VALUES('hostname','vm','ef9de43baa3d42babd9f1d32644d53d4');
INSERT INTO "tags" VALUES('mlflow.source.git.commit','ec27c9bb84861822a5120ba621424bce9fecf29e','ef9de43baa3d42babd9f1d32644d53d4');
INSERT INTO "tags" VALUES('version.torch','2.14.1','ef9de43baa3d42babd9f1d32644d53d4');
INSERT INTO "tags" VALUES('version.transformers','5.24.0','ef9de43baa3d42babd9f1d32644d53d4');
INSERT INTO "tags" VALUES('version.timm','1.0.31','ef9de43baa3d42babd9f1d32644d53d4');
INSERT INTO "tags" VALUES('version.accelerate','1.15.0','ef9de43baa3d42babd9f1d32644d53d4');
INSERT INTO "tags" VALUES('version.mlflow','3.17.2','ef9de43baa3d42babd9f1d32644d53d4');
INSERT INTO "tags" VALUES('version.safetensors','0.8.0','ef9de43baa3d42babd9f1d32644d53d4');
INSERT INTO "tags" VALUES('version.numpy','2.4.6','ef9de43baa3d42babd9f1d32644d53d4');
INSERT INTO "tags" VALUES('version.python','3.11.7','ef9de43baa3d42babd9f1d32644d53d4');
INSERT INTO "tags" VALUES('hardware.gpus','none','ef9de43baa3d42babd9f1d32644d53d4');
INSERT INTO "tags" VALUES('hardware.torch_threads','1','ef9de43baa3d42babd9f1d32644d53d4');
INSERT INTO "tags" VALUES('method','fromage','ef9de43baa3d42babd9f1d32644d53d4');
INSERT INTO "tags" VALUES('task','easy-vqa','ef9de43baa3d42babd9f1d32644d53d4');
INSERT INTO "tags" VALUES('lm','smollm2-135m','ef9de43baa3d42babd9f1d32644d53d4');
INSERT INTO "tags" VALUES('encoder','efficientnet-lite0','ef9de43baa3d42babd9f1d32644d53d4');
INSERT INTO "tags" VALUES('metric','vqa_accuracy','ef9de43baa3d42babd9f1d32644d53d4');
INSERT INTO "tags" VALUES('data_fraction','0.1','ef9de43baa3d42babd9f1d32644d53d4');
INSERT INTO "tags" VALUES('seed','2','ef9de43baa3d42babd9f1d32644d53d4');
INSERT INTO "tags" VALUES('encoder_regime','frozen','ef9de43baa3d42babd9f1d32644d53d4');
INSERT INTO "tags" VALUES('mlflow.runName','flamingo-600_s0','0f9357002c8a40eb8600bf90d6bd3d78');
INSERT INTO "tags" VALUES('git.commit','27572e4ee0a70cffd528d989c71b63d428434757','0f9357002c8a40eb8600bf90d6bd3d78');
INSERT INTO "tags" VALUES('git.dirty','False','0f9357002c8a40eb8600bf90d6bd3d78');
INSERT INTO "tags" VALUES('hostname','vm','0f9357002c8a40eb8600bf90d6bd3d78');
INSERT INTO "tags" VALUES('mlflow.source.git.commit','27572e4ee0a70cffd528d989c71b63d428434757','0f9357002c8a40eb8600bf90d6bd3d78');
INSERT INTO "tags" VALUES('version.torch','2.14.1','0f9357002c8a40eb8600bf90d6bd3d78');
INSERT INTO "tags" VALUES('version.transformers','5.24.0','0f9357002c8a40eb8600bf90d6bd3d78');
INSERT INTO "tags" VALUES('version.timm','1.0.31','0f9357002c8a40eb8600bf90d6bd3d78');
INSERT INTO "tags" VALUES('version.accelerate','1.15.0','0f9357002c8a40eb8600bf90d6bd3d78');
INSERT INTO "tags" VALUES('version.mlflow','3.17.2','0f9357002c8a40eb8600bf90d6bd3d78');
INSERT INTO "tags" VALUES('version.safetensors','0.8.0','0f9357002c8a40eb8600bf90d6bd3d78');
INSERT INTO "tags" VALUES('version.numpy','2.4.6','0f9357002c8a40eb8600bf90d6bd3d78');
INSERT INTO "tags" VALUES('version.python','3.11.7','0f9357002c8a40eb8600bf90d6bd3d78');
INSERT INTO "tags" VALUES('hardware.gpus','none','0f9357002c8a40eb8600bf90d6bd3d78');
INSERT INTO "tags" VALUES('hardware.torch_threads','1','0f9357002c8a40eb8600bf90d6bd3d78');
INSERT INTO "tags" VALUES('method','flamingo','0f9357002c8a40eb8600bf90d6bd3d78');
INSERT INTO "tags" VALUES('task','easy-vqa','0f9357002c8a40eb8600bf90d6bd3d78');
INSERT INTO "tags" VALUES('lm','smollm2-135m','0f9357002c8a40eb8600bf90d6bd3d78');
INSERT INTO "tags" VALUES('encoder','efficientnet-lite0','0f9357002c8a40eb8600bf90d6bd3d78');
INSERT INTO "tags" VALUES('metric','vqa_accuracy','0f9357002c8a40eb8600bf90d6bd3d78');
INSERT INTO "tags" VALUES('data_fraction','0.1','0f9357002c8a40eb8600bf90d6bd3d78');
INSERT INTO "tags" VALUES('seed','0','0f9357002c8a40eb8600bf90d6bd3d78');
INSERT INTO "tags" VALUES('encoder_regime','frozen','0f9357002c8a40eb8600bf90d6bd3d78');
INSERT INTO "tags" VALUES('mlflow.runName','c-abstractor-400_s1','9c744c565bde427aa376e73f48357656');
INSERT INTO "tags" VALUES('git.commit','1d749797c9cc07753280fd579c1d24409a3fedf7','9c744c565bde427aa376e73f48357656');
INSERT INTO "tags" VALUES('git.dirty','True','9c744c565bde427aa376e73f48357656');
INSERT INTO "tags" VALUES('hostname','vm','9c744c565bde427aa376e73f48357656');
INSERT INTO "tags" VALUES('mlflow.source.git.commit','1d749797c9cc07753280fd579c1d24409a3fedf7','9c744c565bde427aa376e73f48357656');
INSERT INTO "tags" VALUES('version.torch','2.14.1','9c744c565bde427aa376e73f48357656');
INSERT INTO "tags" VALUES('version.transformers','5.24.0','9c744c565bde427aa376e73f48357656');
INSERT INTO "tags" VALUES('version.timm','1.0.31','9c744c565bde427aa376e73f48357656');
INSERT INTO "tags" VALUES('version.accelerate','1.15.0','9c744c565bde427aa376e73f48357656');
INSERT INTO "tags" VALUES('version.mlflow','3.17.2','9c744c565bde427aa376e73f48357656');
INSERT INTO "tags" VALUES('version.safetensors','0.8.0','9c744c565bde427aa376e73f48357656');
INSERT INTO "tags" VALUES('version.numpy','2.4.6','9c744c565bde427aa376e73f48357656');
INSERT INTO "tags" VALUES('version.python','3.11.7','9c744c565bde427aa376e73f48357656');
INSERT INTO "tags" VALUES('hardware.gpus','none','9c744c565bde427aa376e73f48357656');
INSERT INTO "tags" VALUES('hardware.torch_threads','1','9c744c565bde427aa376e73f48357656');
INSERT INTO "tags" VALUES('method','c-abstractor','9c744c565bde427aa376e73f48357656');
INSERT INTO "tags" VALUES('task','easy-vqa','9c744c565bde427aa376e73f48357656');
INSERT INTO "tags" VALUES('lm','smollm2-135m','9c744c565bde427aa376e73f48357656');
INSERT INTO "tags" VALUES('encoder','efficientnet-lite0','9c744c565bde427aa376e73f48357656');
INSERT INTO "tags" VALUES('metric','vqa_accuracy','9c744c565bde427aa376e73f48357656');
INSERT INTO "tags" VALUES('data_fraction','0.1','9c744c565bde427aa376e73f48357656');
INSERT INTO "tags" VALUES('seed','1','9c744c565bde427aa376e73f48357656');
INSERT INTO "tags" VALUES('encoder_regime','frozen','9c744c565bde427aa376e73f48357656');
INSERT INTO "tags" VALUES('mlflow.runName','mapl-400_s1','218946718bf44424a223ffbe365df18c');
INSERT INTO "tags" VALUES('git.commit','79428497e9a2fb1611cf5f0dce81a15d06bb086a','218946718bf44424a223ffbe365df18c');
INSERT INTO "tags" VALUES('git.dirty','False','218946718bf44424a223ffbe365df18c');
INSERT INTO "tags" VALUES('hostname','vm','218946718bf44424a223ffbe365df18c');
INSERT INTO "tags" VALUES('mlflow.source.git.commit','79428497e9a2fb1611cf5f0dce81a15d06bb086a','218946718bf44424a223ffbe365df18c');
INSERT INTO "tags" VALUES('version.torch','2.14.1','218946718bf44424a223ffbe365df18c');
INSERT INTO "tags" VALUES('version.transformers','5.24.0','218946718bf44424a223ffbe365df18c');
INSERT INTO "tags" VALUES('version.timm','1.0.31','218946718bf44424a223ffbe365df18c');
INSERT INTO "tags" VALUES('version.accelerate','1.15.0','218946718bf44424a223ffbe365df18c');
INSERT INTO "tags" VALUES('version.mlflow','3.17.2','218946718bf44424a223ffbe365df18c');
INSERT INTO "tags" VALUES('version.safetensors','0.8.0','218946718bf44424a223ffbe365df18c');
INSERT INTO "tags" VALUES('version.numpy','2.4.6','218946718bf44424a223ffbe365df18c');
INSERT INTO "tags" VALUES('version.python','3.11.7','218946718bf44424a223ffbe365df18c');
INSERT INTO "tags" VALUES('hardware.gpus','none','218946718bf44424a223ffbe365df18c');
INSERT INTO "tags" VALUES('hardware.torch_threads','1','218946718bf44424a223ffbe365df18c');
INSERT INTO "tags" VALUES('method','mapl','218946718bf44424a223ffbe365df18c');
INSERT INTO "tags" VALUES('task','easy-vqa','218946718bf44424a223ffbe365df18c');
INSERT INTO "tags" VALUES('lm','smollm2-135m','218946718bf44424a223ffbe365df18c');
INSERT INTO "tags" VALUES('encoder','efficientnet-lite0','218946718bf44424a223ffbe365df18c');
INSERT INTO "tags" VALUES('metric','vqa_accuracy','218946718bf44424a223ffbe365df18c');
INSERT INTO "tags" VALUES('data_fraction','0.1','218946718bf44424a223ffbe365df18c');
INSERT INTO "tags" VALUES('seed','1','218946718bf44424a223ffbe365df18c');
INSERT INTO "tags" VALUES('encoder_regime','frozen','218946718bf44424a223ffbe365df18c');
INSERT INTO "tags" VALUES('mlflow.runName','lm-block-lr1e-3_s2','f33d18d6cefc420f857300c2b5cfd388');
INSERT INTO "tags" VALUES('git.commit','83c83a128161344909aa6a7ab9fe2dc2aee39cae','f33d18d6cefc420f857300c2b5cfd388');
INSERT INTO "tags" VALUES('git.dirty','False','f33d18d6cefc420f857300c2b5cfd388');
INSERT INTO "tags" VALUES('hostname','vm','f33d18d6cefc420f857300c2b5cfd388');
INSERT INTO "tags" VALUES('mlflow.source.git.commit','83c83a128161344909aa6a7ab9fe2dc2aee39cae','f33d18d6cefc420f857300c2b5cfd388');
INSERT INTO "tags" VALUES('version.torch','2.14.1','f33d18d6cefc420f857300c2b5cfd388');
INSERT INTO "tags" VALUES('version.transformers','5.24.0','f33d18d6cefc420f857300c2b5cfd388');
INSERT INTO "tags" VALUES('version.timm','1.0.31','f33d18d6cefc420f857300c2b5cfd388');
INSERT INTO "tags" VALUES('version.accelerate','1.15.0','f33d18d6cefc420f857300c2b5cfd388');
INSERT INTO "tags" VALUES('version.mlflow','3.17.2','f33d18d6cefc420f857300c2b5cfd388');
INSERT INTO "tags" VALUES('version.safetensors','0.8.0','f33d18d6cefc420f857300c2b5cfd388');
INSERT INTO "tags" VALUES('version.numpy','2.4.6','f33d18d6cefc420f857300c2b5cfd388');
INSERT INTO "tags" VALUES('version.python','3.11.7','f33d18d6cefc420f857300c2b5cfd388');
INSERT INTO "tags" VALUES('hardware.gpus','none','f33d18d6cefc420f857300c2b5cfd388');
INSERT INTO "tags" VALUES('hardware.torch_threads','1','f33d18d6cefc420f857300c2b5cfd388');
INSERT INTO "tags" VALUES('method','lm-block','f33d18d6cefc420f857300c2b5cfd388');
INSERT INTO "tags" VALUES('task','easy-vqa','f33d18d6cefc420f857300c2b5cfd388');
INSERT INTO "tags" VALUES('lm','smollm2-135m','f33d18d6cefc420f857300c2b5cfd388');
INSERT INTO "tags" VALUES('encoder','efficientnet-lite0','f33d18d6cefc420f857300c2b5cfd388');
INSERT INTO "tags" VALUES('metric','vqa_accuracy','f33d18d6cefc420f857300c2b5cfd388');
INSERT INTO "tags" VALUES('data_fraction','0.1','f33d18d6cefc420f857300c2b5cfd388');
INSERT INTO "tags" VALUES('seed','2','f33d18d6cefc420f857300c2b5cfd388');
INSERT INTO "tags" VALUES('encoder_regime','frozen','f33d18d6cefc420f857300c2b5cfd388');
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
CREATE INDEX index_assessments_last_updated_timestamp ON assessments (last_updated_timestamp);
CREATE INDEX index_assessments_run_id_created_timestamp ON assessments (run_id, created_timestamp);
CREATE INDEX index_assessments_trace_id_created_timestamp ON assessments (trace_id, created_timestamp);
CREATE INDEX index_assessments_assessment_type ON assessments (assessment_type);
CREATE INDEX index_spans_experiment_id_type_status ON spans (experiment_id, type, status);
CREATE INDEX index_spans_experiment_id_duration ON spans (experiment_id, duration_ns);
CREATE INDEX index_spans_experiment_id_status_type ON spans (experiment_id, status, type);
CREATE INDEX index_spans_experiment_id_start_time ON spans (experiment_id, start_time_unix_nano);
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
