BEGIN TRANSACTION;
CREATE TABLE alembic_version (
	version_num VARCHAR(32) NOT NULL, 
	CONSTRAINT alembic_version_pkc PRIMARY KEY (version_num)
);
INSERT INTO "alembic_version" VALUES('v3.2.0.a');
CREATE TABLE studies (
	study_id INTEGER NOT NULL, 
	study_name VARCHAR(512) NOT NULL, 
	PRIMARY KEY (study_id)
);
INSERT INTO "studies" VALUES(1,'reference-ablation-epalm-early');
CREATE TABLE study_directions (
	study_direction_id INTEGER NOT NULL, 
	direction VARCHAR(8) NOT NULL, 
	study_id INTEGER NOT NULL, 
	objective INTEGER NOT NULL, 
	PRIMARY KEY (study_direction_id), 
	UNIQUE (study_id, objective), 
	FOREIGN KEY(study_id) REFERENCES studies (study_id)
);
INSERT INTO "study_directions" VALUES(1,'MAXIMIZE',1,0);
CREATE TABLE study_system_attributes (
	study_system_attribute_id INTEGER NOT NULL, 
	study_id INTEGER, 
	"key" VARCHAR(512), 
	value_json TEXT, 
	PRIMARY KEY (study_system_attribute_id), 
	UNIQUE (study_id, "key"), 
	FOREIGN KEY(study_id) REFERENCES studies (study_id)
);
CREATE TABLE study_user_attributes (
	study_user_attribute_id INTEGER NOT NULL, 
	study_id INTEGER, 
	"key" VARCHAR(512), 
	value_json TEXT, 
	PRIMARY KEY (study_user_attribute_id), 
	UNIQUE (study_id, "key"), 
	FOREIGN KEY(study_id) REFERENCES studies (study_id)
);
INSERT INTO "study_user_attributes" VALUES(1,1,'parent_run_id','"805562123396429993c3be7d38f05075"');
INSERT INTO "study_user_attributes" VALUES(2,1,'spec','{"name": "reference-ablation-epalm-early", "experiment": "reference-ablations", "output_dir": "runs/reference-ablation-epalm-early", "storage": null, "tracking_uri": null, "config": null, "base": {"train": {"steps": 100, "batch_size": 16, "eval_every": 0}, "eval": {"max_examples": 500}}, "set": [], "method_options": {"epalm": {"injection_layers": [0, 1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11]}}, "tuned": "runs/reference-tune", "grids": [{"seed": [0, 1, 2], "method": ["epalm"], "task": ["easy-vqa"], "lm": ["smollm2-135m"], "encoder": ["efficientnet-lite0"], "data_fraction": [0.1]}], "evaluate_on": {"easy-vqa": ["easy-vqa@gaussian_noise-3"]}, "ima": {"examples": 200}}');
INSERT INTO "study_user_attributes" VALUES(3,1,'mlflow_uri','"sqlite:////work/main/runs/reference-ablation-epalm-early/mlflow.db"');
INSERT INTO "study_user_attributes" VALUES(4,1,'experiment','"reference-ablations"');
INSERT INTO "study_user_attributes" VALUES(5,1,'ready','true');
CREATE TABLE trial_heartbeats (
	trial_heartbeat_id INTEGER NOT NULL, 
	trial_id INTEGER NOT NULL, 
	heartbeat DATETIME NOT NULL, 
	PRIMARY KEY (trial_heartbeat_id), 
	UNIQUE (trial_id), 
	FOREIGN KEY(trial_id) REFERENCES trials (trial_id)
);
INSERT INTO "trial_heartbeats" VALUES(1,1,'2026-12-02 20:52:33.000000');
INSERT INTO "trial_heartbeats" VALUES(2,2,'2026-12-02 20:52:15.000000');
INSERT INTO "trial_heartbeats" VALUES(3,3,'2026-12-02 20:55:14.000000');
CREATE TABLE trial_intermediate_values (
	trial_intermediate_value_id INTEGER NOT NULL, 
	trial_id INTEGER NOT NULL, 
	step INTEGER NOT NULL, 
	intermediate_value FLOAT, 
	intermediate_value_type VARCHAR(7) NOT NULL, 
	PRIMARY KEY (trial_intermediate_value_id), 
	UNIQUE (trial_id, step), 
	FOREIGN KEY(trial_id) REFERENCES trials (trial_id)
);
CREATE TABLE trial_params (
	param_id INTEGER NOT NULL, 
	trial_id INTEGER, 
	param_name VARCHAR(512), 
	param_value FLOAT, 
	distribution_json TEXT, 
	PRIMARY KEY (param_id), 
	UNIQUE (trial_id, param_name), 
	FOREIGN KEY(trial_id) REFERENCES trials (trial_id)
);
CREATE TABLE trial_system_attributes (
	trial_system_attribute_id INTEGER NOT NULL, 
	trial_id INTEGER, 
	"key" VARCHAR(512), 
	value_json TEXT, 
	PRIMARY KEY (trial_system_attribute_id), 
	UNIQUE (trial_id, "key"), 
	FOREIGN KEY(trial_id) REFERENCES trials (trial_id)
);
INSERT INTO "trial_system_attributes" VALUES(1,1,'fixed_params','{}');
INSERT INTO "trial_system_attributes" VALUES(2,2,'fixed_params','{}');
INSERT INTO "trial_system_attributes" VALUES(3,3,'fixed_params','{}');
CREATE TABLE trial_user_attributes (
	trial_user_attribute_id INTEGER NOT NULL, 
	trial_id INTEGER, 
	"key" VARCHAR(512), 
	value_json TEXT, 
	PRIMARY KEY (trial_user_attribute_id), 
	UNIQUE (trial_id, "key"), 
	FOREIGN KEY(trial_id) REFERENCES trials (trial_id)
);
INSERT INTO "trial_user_attributes" VALUES(1,1,'cell','"epalm_easy-vqa_smollm2-135m_efficientnet-lite0_f0.1_s0"');
INSERT INTO "trial_user_attributes" VALUES(2,1,'attempt','0');
INSERT INTO "trial_user_attributes" VALUES(3,1,'config','{"method": "epalm", "task": "easy-vqa", "lm": "smollm2-135m", "encoder": "efficientnet-lite0", "seed": 0, "recipe": "shared", "method_options.injection_layers": [0, 1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11], "train.steps": 100, "train.batch_size": 16, "train.grad_accum": 1, "train.lr": 0.001, "train.min_lr": 1e-05, "train.weight_decay": 0.02, "train.warmup_steps": 10, "train.grad_clip": 1.0, "train.precision": "bf16", "train.eval_every": 0, "train.log_every": 10, "train.checkpoint_every": 50, "train.loss_reduction": "token_mean", "train.loss_weight": 1.0, "train.betas": [0.9, 0.999], "train.eps": 1e-08, "train.schedule": "cosine", "train.param_groups": [], "train.loss_tokens": "answer", "train.label_smoothing": 0.0, "train.lm_dropout": false, "eval.batch_size": 64, "eval.max_new_tokens": 5, "eval.num_beams": 1, "eval.length_penalty": 1.0, "eval.max_examples": 500, "eval.val_max_examples": 200, "data.fraction": 0.1, "data.data_dir": null, "data.val_images": 0.1, "data.eval_split": null, "data.missing_media": "error", "data.variant": null, "data.augment_views": 0, "data.augmentations": [], "data.feature_norm": "auto"}');
INSERT INTO "trial_user_attributes" VALUES(4,1,'fingerprint','"115abdb36ad94165"');
INSERT INTO "trial_user_attributes" VALUES(5,2,'cell','"epalm_easy-vqa_smollm2-135m_efficientnet-lite0_f0.1_s1"');
INSERT INTO "trial_user_attributes" VALUES(6,2,'attempt','0');
INSERT INTO "trial_user_attributes" VALUES(7,2,'config','{"method": "epalm", "task": "easy-vqa", "lm": "smollm2-135m", "encoder": "efficientnet-lite0", "seed": 1, "recipe": "shared", "method_options.injection_layers": [0, 1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11], "train.steps": 100, "train.batch_size": 16, "train.grad_accum": 1, "train.lr": 0.001, "train.min_lr": 1e-05, "train.weight_decay": 0.02, "train.warmup_steps": 10, "train.grad_clip": 1.0, "train.precision": "bf16", "train.eval_every": 0, "train.log_every": 10, "train.checkpoint_every": 50, "train.loss_reduction": "token_mean", "train.loss_weight": 1.0, "train.betas": [0.9, 0.999], "train.eps": 1e-08, "train.schedule": "cosine", "train.param_groups": [], "train.loss_tokens": "answer", "train.label_smoothing": 0.0, "train.lm_dropout": false, "eval.batch_size": 64, "eval.max_new_tokens": 5, "eval.num_beams": 1, "eval.length_penalty": 1.0, "eval.max_examples": 500, "eval.val_max_examples": 200, "data.fraction": 0.1, "data.data_dir": null, "data.val_images": 0.1, "data.eval_split": null, "data.missing_media": "error", "data.variant": null, "data.augment_views": 0, "data.augmentations": [], "data.feature_norm": "auto"}');
INSERT INTO "trial_user_attributes" VALUES(8,2,'fingerprint','"cdf5995f7b7b4902"');
INSERT INTO "trial_user_attributes" VALUES(9,3,'cell','"epalm_easy-vqa_smollm2-135m_efficientnet-lite0_f0.1_s2"');
INSERT INTO "trial_user_attributes" VALUES(10,3,'attempt','0');
INSERT INTO "trial_user_attributes" VALUES(11,3,'config','{"method": "epalm", "task": "easy-vqa", "lm": "smollm2-135m", "encoder": "efficientnet-lite0", "seed": 2, "recipe": "shared", "method_options.injection_layers": [0, 1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11], "train.steps": 100, "train.batch_size": 16, "train.grad_accum": 1, "train.lr": 0.001, "train.min_lr": 1e-05, "train.weight_decay": 0.02, "train.warmup_steps": 10, "train.grad_clip": 1.0, "train.precision": "bf16", "train.eval_every": 0, "train.log_every": 10, "train.checkpoint_every": 50, "train.loss_reduction": "token_mean", "train.loss_weight": 1.0, "train.betas": [0.9, 0.999], "train.eps": 1e-08, "train.schedule": "cosine", "train.param_groups": [], "train.loss_tokens": "answer", "train.label_smoothing": 0.0, "train.lm_dropout": false, "eval.batch_size": 64, "eval.max_new_tokens": 5, "eval.num_beams": 1, "eval.length_penalty": 1.0, "eval.max_examples": 500, "eval.val_max_examples": 200, "data.fraction": 0.1, "data.data_dir": null, "data.val_images": 0.1, "data.eval_split": null, "data.missing_media": "error", "data.variant": null, "data.augment_views": 0, "data.augmentations": [], "data.feature_norm": "auto"}');
INSERT INTO "trial_user_attributes" VALUES(12,3,'fingerprint','"4ef3ee1efd407e5e"');
INSERT INTO "trial_user_attributes" VALUES(13,1,'worker','"vm:12331"');
INSERT INTO "trial_user_attributes" VALUES(14,2,'worker','"vm:12333"');
INSERT INTO "trial_user_attributes" VALUES(15,2,'seconds','178.42461452499992');
INSERT INTO "trial_user_attributes" VALUES(16,3,'worker','"vm:12333"');
INSERT INTO "trial_user_attributes" VALUES(17,1,'seconds','181.11321083000075');
INSERT INTO "trial_user_attributes" VALUES(18,3,'seconds','170.0233505619981');
CREATE TABLE trial_values (
	trial_value_id INTEGER NOT NULL, 
	trial_id INTEGER NOT NULL, 
	objective INTEGER NOT NULL, 
	value FLOAT, 
	value_type VARCHAR(7) NOT NULL, 
	PRIMARY KEY (trial_value_id), 
	UNIQUE (trial_id, objective), 
	FOREIGN KEY(trial_id) REFERENCES trials (trial_id)
);
INSERT INTO "trial_values" VALUES(1,2,0,72.2,'FINITE');
INSERT INTO "trial_values" VALUES(2,1,0,68.4,'FINITE');
INSERT INTO "trial_values" VALUES(3,3,0,72.8,'FINITE');
CREATE TABLE trials (
	trial_id INTEGER NOT NULL, 
	number INTEGER, 
	study_id INTEGER, 
	state VARCHAR(8) NOT NULL, 
	datetime_start DATETIME, 
	datetime_complete DATETIME, 
	PRIMARY KEY (trial_id), 
	FOREIGN KEY(study_id) REFERENCES studies (study_id)
);
INSERT INTO "trials" VALUES(1,0,1,'COMPLETE','2026-12-02 20:49:33.443424','2026-12-02 20:52:34.565595');
INSERT INTO "trials" VALUES(2,1,1,'COMPLETE','2026-12-02 20:49:35.877836','2026-12-02 20:52:34.318351');
INSERT INTO "trials" VALUES(3,2,1,'COMPLETE','2026-12-02 20:52:34.326740','2026-12-02 20:55:24.365271');
CREATE TABLE version_info (
	version_info_id INTEGER NOT NULL, 
	schema_version INTEGER, 
	library_version VARCHAR(256), 
	PRIMARY KEY (version_info_id), 
	CHECK (version_info_id=1)
);
INSERT INTO "version_info" VALUES(1,12,'5.0.0');
CREATE UNIQUE INDEX ix_studies_study_name ON studies (study_name);
CREATE INDEX ix_trials_study_id ON trials (study_id);
COMMIT;
