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
INSERT INTO "studies" VALUES(1,'tune-resampler');
INSERT INTO "studies" VALUES(2,'tune-resampler#mlflow-parent');
INSERT INTO "studies" VALUES(3,'tune-depalm-qp');
INSERT INTO "studies" VALUES(4,'tune-depalm-qp#mlflow-parent');
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
INSERT INTO "study_directions" VALUES(2,'MAXIMIZE',2,0);
INSERT INTO "study_directions" VALUES(3,'MAXIMIZE',3,0);
INSERT INTO "study_directions" VALUES(4,'MAXIMIZE',4,0);
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
INSERT INTO "study_user_attributes" VALUES(1,1,'parent_run_id','"49115958788e488f8e0243b14908a598"');
INSERT INTO "study_user_attributes" VALUES(2,3,'parent_run_id','"221e644320824cfe8715acfb34cc0880"');
CREATE TABLE trial_heartbeats (
	trial_heartbeat_id INTEGER NOT NULL, 
	trial_id INTEGER NOT NULL, 
	heartbeat DATETIME NOT NULL, 
	PRIMARY KEY (trial_heartbeat_id), 
	UNIQUE (trial_id), 
	FOREIGN KEY(trial_id) REFERENCES trials (trial_id)
);
INSERT INTO "trial_heartbeats" VALUES(1,1,'2026-12-02 11:23:17.000000');
INSERT INTO "trial_heartbeats" VALUES(2,2,'2026-12-02 11:21:06.000000');
INSERT INTO "trial_heartbeats" VALUES(3,3,'2026-12-02 11:28:25.000000');
INSERT INTO "trial_heartbeats" VALUES(4,4,'2026-12-02 11:32:24.000000');
INSERT INTO "trial_heartbeats" VALUES(5,5,'2026-12-02 11:34:44.000000');
INSERT INTO "trial_heartbeats" VALUES(6,6,'2026-12-02 11:35:04.000000');
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
INSERT INTO "trial_intermediate_values" VALUES(1,2,100,67.5,'FINITE');
INSERT INTO "trial_intermediate_values" VALUES(2,1,100,68.0,'FINITE');
INSERT INTO "trial_intermediate_values" VALUES(3,3,100,69.0,'FINITE');
INSERT INTO "trial_intermediate_values" VALUES(4,4,100,75.0,'FINITE');
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
INSERT INTO "trial_params" VALUES(1,1,'train.lr',2.0,'{"name": "CategoricalDistribution", "attributes": {"choices": [0.0003, 0.001, 0.003]}}');
INSERT INTO "trial_params" VALUES(2,2,'train.lr',2.0,'{"name": "CategoricalDistribution", "attributes": {"choices": [0.0003, 0.001, 0.003]}}');
INSERT INTO "trial_params" VALUES(3,3,'train.lr',1.0,'{"name": "CategoricalDistribution", "attributes": {"choices": [0.0003, 0.001, 0.003]}}');
INSERT INTO "trial_params" VALUES(4,4,'train.lr',1.0,'{"name": "CategoricalDistribution", "attributes": {"choices": [0.0003, 0.001, 0.003]}}');
INSERT INTO "trial_params" VALUES(5,5,'train.lr',0.0,'{"name": "CategoricalDistribution", "attributes": {"choices": [0.0003, 0.001, 0.003]}}');
INSERT INTO "trial_params" VALUES(6,6,'train.lr',0.0,'{"name": "CategoricalDistribution", "attributes": {"choices": [0.0003, 0.001, 0.003]}}');
CREATE TABLE trial_system_attributes (
	trial_system_attribute_id INTEGER NOT NULL, 
	trial_id INTEGER, 
	"key" VARCHAR(512), 
	value_json TEXT, 
	PRIMARY KEY (trial_system_attribute_id), 
	UNIQUE (trial_id, "key"), 
	FOREIGN KEY(trial_id) REFERENCES trials (trial_id)
);
INSERT INTO "trial_system_attributes" VALUES(1,1,'search_space','{"train.lr": [0.0003, 0.001, 0.003]}');
INSERT INTO "trial_system_attributes" VALUES(2,1,'grid_id','0');
INSERT INTO "trial_system_attributes" VALUES(3,2,'search_space','{"train.lr": [0.0003, 0.001, 0.003]}');
INSERT INTO "trial_system_attributes" VALUES(4,2,'grid_id','0');
INSERT INTO "trial_system_attributes" VALUES(5,3,'search_space','{"train.lr": [0.0003, 0.001, 0.003]}');
INSERT INTO "trial_system_attributes" VALUES(6,3,'grid_id','1');
INSERT INTO "trial_system_attributes" VALUES(7,4,'search_space','{"train.lr": [0.0003, 0.001, 0.003]}');
INSERT INTO "trial_system_attributes" VALUES(8,4,'grid_id','1');
INSERT INTO "trial_system_attributes" VALUES(9,5,'search_space','{"train.lr": [0.0003, 0.001, 0.003]}');
INSERT INTO "trial_system_attributes" VALUES(10,5,'grid_id','2');
INSERT INTO "trial_system_attributes" VALUES(11,6,'search_space','{"train.lr": [0.0003, 0.001, 0.003]}');
INSERT INTO "trial_system_attributes" VALUES(12,6,'grid_id','2');
CREATE TABLE trial_user_attributes (
	trial_user_attribute_id INTEGER NOT NULL, 
	trial_id INTEGER, 
	"key" VARCHAR(512), 
	value_json TEXT, 
	PRIMARY KEY (trial_user_attribute_id), 
	UNIQUE (trial_id, "key"), 
	FOREIGN KEY(trial_id) REFERENCES trials (trial_id)
);
INSERT INTO "trial_user_attributes" VALUES(1,2,'test_vqa_accuracy','63.0');
INSERT INTO "trial_user_attributes" VALUES(2,1,'test_vqa_accuracy','66.0');
INSERT INTO "trial_user_attributes" VALUES(3,3,'test_vqa_accuracy','67.0');
INSERT INTO "trial_user_attributes" VALUES(4,4,'test_vqa_accuracy','74.0');
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
INSERT INTO "trial_values" VALUES(1,2,0,67.5,'FINITE');
INSERT INTO "trial_values" VALUES(2,1,0,68.0,'FINITE');
INSERT INTO "trial_values" VALUES(3,3,0,69.0,'FINITE');
INSERT INTO "trial_values" VALUES(4,4,0,75.0,'FINITE');
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
INSERT INTO "trials" VALUES(1,0,1,'COMPLETE','2026-12-02 11:11:17.011709','2026-12-02 11:23:23.831294');
INSERT INTO "trials" VALUES(2,0,3,'COMPLETE','2026-12-02 11:11:36.373906','2026-12-02 11:21:25.469699');
INSERT INTO "trials" VALUES(3,1,3,'COMPLETE','2026-12-02 11:21:25.497916','2026-12-02 11:28:44.825576');
INSERT INTO "trials" VALUES(4,1,1,'COMPLETE','2026-12-02 11:23:23.865597','2026-12-02 11:32:34.190053');
INSERT INTO "trials" VALUES(5,2,3,'RUNNING','2026-12-02 11:28:44.835145',NULL);
INSERT INTO "trials" VALUES(6,2,1,'RUNNING','2026-12-02 11:32:34.198335',NULL);
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
