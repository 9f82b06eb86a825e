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
INSERT INTO "studies" VALUES(5,'tune-c-abstractor');
INSERT INTO "studies" VALUES(6,'tune-c-abstractor#mlflow-parent');
INSERT INTO "studies" VALUES(7,'tune-llava-mlp');
INSERT INTO "studies" VALUES(8,'tune-llava-mlp#mlflow-parent');
INSERT INTO "studies" VALUES(9,'tune-promptfuse-blind');
INSERT INTO "studies" VALUES(10,'tune-promptfuse-blind#mlflow-parent');
INSERT INTO "studies" VALUES(11,'tune-promptfuse');
INSERT INTO "studies" VALUES(12,'tune-promptfuse#mlflow-parent');
INSERT INTO "studies" VALUES(13,'tune-lm-block-reinit');
INSERT INTO "studies" VALUES(14,'tune-lm-block-reinit#mlflow-parent');
INSERT INTO "studies" VALUES(15,'tune-lm-block');
INSERT INTO "studies" VALUES(16,'tune-lm-block#mlflow-parent');
INSERT INTO "studies" VALUES(17,'tune-lora');
INSERT INTO "studies" VALUES(18,'tune-lora#mlflow-parent');
INSERT INTO "studies" VALUES(19,'tune-limber');
INSERT INTO "studies" VALUES(20,'tune-limber#mlflow-parent');
INSERT INTO "studies" VALUES(21,'tune-depalm-pool');
INSERT INTO "studies" VALUES(22,'tune-depalm-pool#mlflow-parent');
INSERT INTO "studies" VALUES(23,'tune-mapl');
INSERT INTO "studies" VALUES(24,'tune-mapl#mlflow-parent');
INSERT INTO "studies" VALUES(25,'tune-magma');
INSERT INTO "studies" VALUES(26,'tune-magma#mlflow-parent');
INSERT INTO "studies" VALUES(27,'tune-qformer');
INSERT INTO "studies" VALUES(28,'tune-qformer#mlflow-parent');
INSERT INTO "studies" VALUES(29,'tune-qformer-instruct');
INSERT INTO "studies" VALUES(30,'tune-qformer-instruct#mlflow-parent');
INSERT INTO "studies" VALUES(31,'tune-fromage');
INSERT INTO "studies" VALUES(32,'tune-fromage#mlflow-parent');
INSERT INTO "studies" VALUES(33,'tune-flamingo');
INSERT INTO "studies" VALUES(34,'tune-flamingo#mlflow-parent');
INSERT INTO "studies" VALUES(35,'tune-fromage#retry-2');
INSERT INTO "studies" VALUES(36,'tune-flamingo#retry-1');
INSERT INTO "studies" VALUES(37,'tune-blind');
INSERT INTO "studies" VALUES(38,'tune-blind#mlflow-parent');
INSERT INTO "studies" VALUES(39,'tune-text-oracle');
INSERT INTO "studies" VALUES(40,'tune-text-oracle#mlflow-parent');
INSERT INTO "studies" VALUES(41,'tune-frozen');
INSERT INTO "studies" VALUES(42,'tune-frozen#mlflow-parent');
INSERT INTO "studies" VALUES(43,'tune-epalm');
INSERT INTO "studies" VALUES(44,'tune-epalm#mlflow-parent');
INSERT INTO "studies" VALUES(45,'tune-epalm-pt-l');
INSERT INTO "studies" VALUES(46,'tune-epalm-pt-l#mlflow-parent');
INSERT INTO "studies" VALUES(47,'tune-epalm-pt-l#retry-1');
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
INSERT INTO "study_directions" VALUES(5,'MAXIMIZE',5,0);
INSERT INTO "study_directions" VALUES(6,'MAXIMIZE',6,0);
INSERT INTO "study_directions" VALUES(7,'MAXIMIZE',7,0);
INSERT INTO "study_directions" VALUES(8,'MAXIMIZE',8,0);
INSERT INTO "study_directions" VALUES(9,'MAXIMIZE',9,0);
INSERT INTO "study_directions" VALUES(10,'MAXIMIZE',10,0);
INSERT INTO "study_directions" VALUES(11,'MAXIMIZE',11,0);
INSERT INTO "study_directions" VALUES(12,'MAXIMIZE',12,0);
INSERT INTO "study_directions" VALUES(13,'MAXIMIZE',13,0);
INSERT INTO "study_directions" VALUES(14,'MAXIMIZE',14,0);
INSERT INTO "study_directions" VALUES(15,'MAXIMIZE',15,0);
INSERT INTO "study_directions" VALUES(16,'MAXIMIZE',16,0);
INSERT INTO "study_directions" VALUES(17,'MAXIMIZE',17,0);
INSERT INTO "study_directions" VALUES(18,'MAXIMIZE',18,0);
INSERT INTO "study_directions" VALUES(19,'MAXIMIZE',19,0);
INSERT INTO "study_directions" VALUES(20,'MAXIMIZE',20,0);
INSERT INTO "study_directions" VALUES(21,'MAXIMIZE',21,0);
INSERT INTO "study_directions" VALUES(22,'MAXIMIZE',22,0);
INSERT INTO "study_directions" VALUES(23,'MAXIMIZE',23,0);
INSERT INTO "study_directions" VALUES(24,'MAXIMIZE',24,0);
INSERT INTO "study_directions" VALUES(25,'MAXIMIZE',25,0);
INSERT INTO "study_directions" VALUES(26,'MAXIMIZE',26,0);
INSERT INTO "study_directions" VALUES(27,'MAXIMIZE',27,0);
INSERT INTO "study_directions" VALUES(28,'MAXIMIZE',28,0);
INSERT INTO "study_directions" VALUES(29,'MAXIMIZE',29,0);
INSERT INTO "study_directions" VALUES(30,'MAXIMIZE',30,0);
INSERT INTO "study_directions" VALUES(31,'MAXIMIZE',31,0);
INSERT INTO "study_directions" VALUES(32,'MAXIMIZE',32,0);
INSERT INTO "study_directions" VALUES(33,'MAXIMIZE',33,0);
INSERT INTO "study_directions" VALUES(34,'MAXIMIZE',34,0);
INSERT INTO "study_directions" VALUES(35,'MAXIMIZE',35,0);
INSERT INTO "study_directions" VALUES(36,'MAXIMIZE',36,0);
INSERT INTO "study_directions" VALUES(37,'MAXIMIZE',37,0);
INSERT INTO "study_directions" VALUES(38,'MAXIMIZE',38,0);
INSERT INTO "study_directions" VALUES(39,'MAXIMIZE',39,0);
INSERT INTO "study_directions" VALUES(40,'MAXIMIZE',40,0);
INSERT INTO "study_directions" VALUES(41,'MAXIMIZE',41,0);
INSERT INTO "study_directions" VALUES(42,'MAXIMIZE',42,0);
INSERT INTO "study_directions" VALUES(43,'MAXIMIZE',43,0);
INSERT INTO "study_directions" VALUES(44,'MAXIMIZE',44,0);
INSERT INTO "study_directions" VALUES(45,'MAXIMIZE',45,0);
INSERT INTO "study_directions" VALUES(46,'MAXIMIZE',46,0);
INSERT INTO "study_directions" VALUES(47,'MAXIMIZE',47,0);
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
INSERT INTO "study_user_attributes" VALUES(3,5,'parent_run_id','"baafa2031c4c42a3ae92ff8ecd362281"');
INSERT INTO "study_user_attributes" VALUES(4,7,'parent_run_id','"a17a0d8a419248d398b52965cf2d2720"');
INSERT INTO "study_user_attributes" VALUES(5,9,'parent_run_id','"c6990d8a95bb4aa9b9d338f8de220057"');
INSERT INTO "study_user_attributes" VALUES(6,11,'parent_run_id','"e226caed579b44e7805aa89a6ec59266"');
INSERT INTO "study_user_attributes" VALUES(7,13,'parent_run_id','"4b6f0b0f6edb45d487633158f035b0cf"');
INSERT INTO "study_user_attributes" VALUES(8,15,'parent_run_id','"ca5f8caa70c0467eb7587b67ab9a7d32"');
INSERT INTO "study_user_attributes" VALUES(9,17,'parent_run_id','"83fe0c0b3090466595ee5d101b6b059a"');
INSERT INTO "study_user_attributes" VALUES(10,19,'parent_run_id','"51ada58ac2de4c7f833059c382277ea8"');
INSERT INTO "study_user_attributes" VALUES(11,21,'parent_run_id','"c79de916ee8042fc92cb0c5048e57b47"');
INSERT INTO "study_user_attributes" VALUES(12,23,'parent_run_id','"5949d7d71a784ecfbed644acbd2f1c09"');
INSERT INTO "study_user_attributes" VALUES(13,25,'parent_run_id','"c56a9efcd9824eed8d95e89ab37f8853"');
INSERT INTO "study_user_attributes" VALUES(14,27,'parent_run_id','"b21cdeea244b4d9db78ff3fc49342e22"');
INSERT INTO "study_user_attributes" VALUES(15,29,'parent_run_id','"71f2265522ab4597acf6a5e7412da63f"');
INSERT INTO "study_user_attributes" VALUES(16,31,'parent_run_id','"3f873ec785aa47459c34809f2b1c003a"');
INSERT INTO "study_user_attributes" VALUES(17,33,'parent_run_id','"c61ce317e9ee41d98b650a5e3800f884"');
INSERT INTO "study_user_attributes" VALUES(18,37,'parent_run_id','"723d70668f344f8b95b3c3cdab82a324"');
INSERT INTO "study_user_attributes" VALUES(19,39,'parent_run_id','"f5480044ce584b2d8717429847908a5b"');
INSERT INTO "study_user_attributes" VALUES(20,41,'parent_run_id','"64d838f31d1140a7a56b1fe5753fc520"');
INSERT INTO "study_user_attributes" VALUES(21,43,'parent_run_id','"bf8af6e642b642ac9ac1dffcef1e8cfa"');
INSERT INTO "study_user_attributes" VALUES(22,45,'parent_run_id','"54998377bafa4ea0b6243a1077afbeaf"');
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
INSERT INTO "trial_heartbeats" VALUES(5,5,'2026-12-02 11:35:45.000000');
INSERT INTO "trial_heartbeats" VALUES(6,6,'2026-12-02 11:40:04.000000');
INSERT INTO "trial_heartbeats" VALUES(7,7,'2026-12-02 11:38:35.000000');
INSERT INTO "trial_heartbeats" VALUES(8,8,'2026-12-02 11:41:28.000000');
INSERT INTO "trial_heartbeats" VALUES(9,9,'2026-12-02 11:44:53.000000');
INSERT INTO "trial_heartbeats" VALUES(10,10,'2026-12-02 11:44:11.000000');
INSERT INTO "trial_heartbeats" VALUES(11,11,'2026-12-02 11:50:50.000000');
INSERT INTO "trial_heartbeats" VALUES(12,12,'2026-12-02 11:50:23.000000');
INSERT INTO "trial_heartbeats" VALUES(13,13,'2026-12-02 11:54:55.000000');
INSERT INTO "trial_heartbeats" VALUES(14,14,'2026-12-02 11:57:23.000000');
INSERT INTO "trial_heartbeats" VALUES(15,15,'2026-12-02 12:01:55.000000');
INSERT INTO "trial_heartbeats" VALUES(16,16,'2026-12-02 12:03:55.000000');
INSERT INTO "trial_heartbeats" VALUES(17,17,'2026-12-02 12:08:38.000000');
INSERT INTO "trial_heartbeats" VALUES(18,18,'2026-12-02 12:09:16.000000');
INSERT INTO "trial_heartbeats" VALUES(19,19,'2026-12-02 12:15:25.000000');
INSERT INTO "trial_heartbeats" VALUES(20,20,'2026-12-02 12:14:40.000000');
INSERT INTO "trial_heartbeats" VALUES(21,21,'2026-12-02 12:19:58.000000');
INSERT INTO "trial_heartbeats" VALUES(22,22,'2026-12-02 12:20:31.000000');
INSERT INTO "trial_heartbeats" VALUES(23,23,'2026-12-02 12:25:12.000000');
INSERT INTO "trial_heartbeats" VALUES(24,24,'2026-12-02 12:25:13.000000');
INSERT INTO "trial_heartbeats" VALUES(25,25,'2026-12-02 12:30:49.000000');
INSERT INTO "trial_heartbeats" VALUES(26,26,'2026-12-02 12:31:11.000000');
INSERT INTO "trial_heartbeats" VALUES(27,27,'2026-12-02 12:36:36.000000');
INSERT INTO "trial_heartbeats" VALUES(28,28,'2026-12-02 12:36:27.000000');
INSERT INTO "trial_heartbeats" VALUES(29,29,'2026-12-02 12:40:08.000000');
INSERT INTO "trial_heartbeats" VALUES(30,30,'2026-12-02 12:41:43.000000');
INSERT INTO "trial_heartbeats" VALUES(31,31,'2026-12-02 12:42:42.000000');
INSERT INTO "trial_heartbeats" VALUES(32,32,'2026-12-02 12:46:57.000000');
INSERT INTO "trial_heartbeats" VALUES(33,33,'2026-12-02 12:45:34.000000');
INSERT INTO "trial_heartbeats" VALUES(34,34,'2026-12-02 12:49:55.000000');
INSERT INTO "trial_heartbeats" VALUES(35,35,'2026-12-02 12:52:03.000000');
INSERT INTO "trial_heartbeats" VALUES(36,36,'2026-12-02 12:54:05.000000');
INSERT INTO "trial_heartbeats" VALUES(37,37,'2026-12-02 12:57:27.000000');
INSERT INTO "trial_heartbeats" VALUES(38,38,'2026-12-02 12:58:14.000000');
INSERT INTO "trial_heartbeats" VALUES(39,39,'2026-12-02 13:02:57.000000');
INSERT INTO "trial_heartbeats" VALUES(40,40,'2026-12-02 13:01:55.000000');
INSERT INTO "trial_heartbeats" VALUES(41,41,'2026-12-02 13:06:21.000000');
INSERT INTO "trial_heartbeats" VALUES(42,42,'2026-12-02 13:07:14.000000');
INSERT INTO "trial_heartbeats" VALUES(43,43,'2026-12-02 13:10:31.000000');
INSERT INTO "trial_heartbeats" VALUES(44,44,'2026-12-02 13:11:34.000000');
INSERT INTO "trial_heartbeats" VALUES(45,45,'2026-12-02 13:14:15.000000');
INSERT INTO "trial_heartbeats" VALUES(46,46,'2026-12-02 13:15:49.000000');
INSERT INTO "trial_heartbeats" VALUES(47,47,'2026-12-02 13:18:15.000000');
INSERT INTO "trial_heartbeats" VALUES(48,48,'2026-12-02 13:18:32.000000');
INSERT INTO "trial_heartbeats" VALUES(49,49,'2026-12-02 13:18:51.000000');
INSERT INTO "trial_heartbeats" VALUES(50,50,'2026-12-02 13:19:17.000000');
INSERT INTO "trial_heartbeats" VALUES(51,51,'2026-12-02 13:35:29.000000');
INSERT INTO "trial_heartbeats" VALUES(52,52,'2026-12-02 13:34:29.000000');
INSERT INTO "trial_heartbeats" VALUES(53,53,'2026-12-02 13:37:13.000000');
INSERT INTO "trial_heartbeats" VALUES(54,54,'2026-12-02 13:37:37.000000');
INSERT INTO "trial_heartbeats" VALUES(55,55,'2026-12-02 13:39:58.000000');
INSERT INTO "trial_heartbeats" VALUES(56,56,'2026-12-02 13:39:52.000000');
INSERT INTO "trial_heartbeats" VALUES(57,57,'2026-12-02 13:41:58.000000');
INSERT INTO "trial_heartbeats" VALUES(58,58,'2026-12-02 13:42:29.000000');
INSERT INTO "trial_heartbeats" VALUES(59,59,'2026-12-02 13:43:36.000000');
INSERT INTO "trial_heartbeats" VALUES(60,60,'2026-12-02 13:44:34.000000');
INSERT INTO "trial_heartbeats" VALUES(61,61,'2026-12-02 13:45:16.000000');
INSERT INTO "trial_heartbeats" VALUES(62,62,'2026-12-02 13:47:32.000000');
INSERT INTO "trial_heartbeats" VALUES(63,63,'2026-12-02 13:46:52.000000');
INSERT INTO "trial_heartbeats" VALUES(64,64,'2026-12-02 13:49:44.000000');
INSERT INTO "trial_heartbeats" VALUES(65,65,'2026-12-02 13:51:57.000000');
INSERT INTO "trial_heartbeats" VALUES(66,66,'2026-12-02 13:54:07.000000');
INSERT INTO "trial_heartbeats" VALUES(67,67,'2026-12-02 13:55:17.000000');
INSERT INTO "trial_heartbeats" VALUES(68,68,'2026-12-02 14:18:02.000000');
INSERT INTO "trial_heartbeats" VALUES(69,69,'2026-12-02 14:20:08.000000');
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
INSERT INTO "trial_intermediate_values" VALUES(5,5,100,74.5,'FINITE');
INSERT INTO "trial_intermediate_values" VALUES(6,7,100,64.5,'FINITE');
INSERT INTO "trial_intermediate_values" VALUES(7,6,100,77.0,'FINITE');
INSERT INTO "trial_intermediate_values" VALUES(8,8,100,67.0,'FINITE');
INSERT INTO "trial_intermediate_values" VALUES(9,10,100,73.5,'FINITE');
INSERT INTO "trial_intermediate_values" VALUES(10,9,100,67.0,'FINITE');
INSERT INTO "trial_intermediate_values" VALUES(11,12,100,70.0,'FINITE');
INSERT INTO "trial_intermediate_values" VALUES(12,11,100,65.0,'FINITE');
INSERT INTO "trial_intermediate_values" VALUES(13,13,100,47.5,'FINITE');
INSERT INTO "trial_intermediate_values" VALUES(14,14,100,51.0,'FINITE');
INSERT INTO "trial_intermediate_values" VALUES(15,15,100,61.0,'FINITE');
INSERT INTO "trial_intermediate_values" VALUES(16,16,100,48.5,'FINITE');
INSERT INTO "trial_intermediate_values" VALUES(17,17,100,44.0,'FINITE');
INSERT INTO "trial_intermediate_values" VALUES(18,18,100,73.5,'FINITE');
INSERT INTO "trial_intermediate_values" VALUES(19,20,100,71.0,'FINITE');
INSERT INTO "trial_intermediate_values" VALUES(20,19,100,14.0,'FINITE');
INSERT INTO "trial_intermediate_values" VALUES(21,21,100,71.5,'FINITE');
INSERT INTO "trial_intermediate_values" VALUES(22,22,100,72.0,'FINITE');
INSERT INTO "trial_intermediate_values" VALUES(23,23,100,78.0,'FINITE');
INSERT INTO "trial_intermediate_values" VALUES(24,24,100,67.0,'FINITE');
INSERT INTO "trial_intermediate_values" VALUES(25,25,100,76.5,'FINITE');
INSERT INTO "trial_intermediate_values" VALUES(26,26,100,55.5,'FINITE');
INSERT INTO "trial_intermediate_values" VALUES(27,27,100,70.5,'FINITE');
INSERT INTO "trial_intermediate_values" VALUES(28,28,100,76.5,'FINITE');
INSERT INTO "trial_intermediate_values" VALUES(29,29,100,79.0,'FINITE');
INSERT INTO "trial_intermediate_values" VALUES(30,30,100,64.5,'FINITE');
INSERT INTO "trial_intermediate_values" VALUES(31,31,100,73.5,'FINITE');
INSERT INTO "trial_intermediate_values" VALUES(32,33,100,64.5,'FINITE');
INSERT INTO "trial_intermediate_values" VALUES(33,32,100,48.0,'FINITE');
INSERT INTO "trial_intermediate_values" VALUES(34,34,100,69.0,'FINITE');
INSERT INTO "trial_intermediate_values" VALUES(35,35,100,72.5,'FINITE');
INSERT INTO "trial_intermediate_values" VALUES(36,36,100,70.0,'FINITE');
INSERT INTO "trial_intermediate_values" VALUES(37,37,100,74.0,'FINITE');
INSERT INTO "trial_intermediate_values" VALUES(38,38,100,74.5,'FINITE');
INSERT INTO "trial_intermediate_values" VALUES(39,40,100,59.0,'FINITE');
INSERT INTO "trial_intermediate_values" VALUES(40,39,100,75.5,'FINITE');
INSERT INTO "trial_intermediate_values" VALUES(41,41,100,67.0,'FINITE');
INSERT INTO "trial_intermediate_values" VALUES(42,42,100,61.5,'FINITE');
INSERT INTO "trial_intermediate_values" VALUES(43,43,100,78.0,'FINITE');
INSERT INTO "trial_intermediate_values" VALUES(44,44,100,69.0,'FINITE');
INSERT INTO "trial_intermediate_values" VALUES(45,45,100,54.5,'FINITE');
INSERT INTO "trial_intermediate_values" VALUES(46,46,100,61.5,'FINITE');
INSERT INTO "trial_intermediate_values" VALUES(47,47,100,38.5,'FINITE');
INSERT INTO "trial_intermediate_values" VALUES(48,48,100,70.5,'FINITE');
INSERT INTO "trial_intermediate_values" VALUES(49,52,100,71.0,'FINITE');
INSERT INTO "trial_intermediate_values" VALUES(50,51,100,42.5,'FINITE');
INSERT INTO "trial_intermediate_values" VALUES(51,53,100,69.5,'FINITE');
INSERT INTO "trial_intermediate_values" VALUES(52,54,100,67.0,'FINITE');
INSERT INTO "trial_intermediate_values" VALUES(53,55,100,91.5,'FINITE');
INSERT INTO "trial_intermediate_values" VALUES(54,56,100,69.5,'FINITE');
INSERT INTO "trial_intermediate_values" VALUES(55,57,100,69.5,'FINITE');
INSERT INTO "trial_intermediate_values" VALUES(56,58,100,87.0,'FINITE');
INSERT INTO "trial_intermediate_values" VALUES(57,59,100,72.0,'FINITE');
INSERT INTO "trial_intermediate_values" VALUES(58,60,100,86.0,'FINITE');
INSERT INTO "trial_intermediate_values" VALUES(59,61,100,69.5,'FINITE');
INSERT INTO "trial_intermediate_values" VALUES(60,63,100,66.0,'FINITE');
INSERT INTO "trial_intermediate_values" VALUES(61,62,100,80.0,'FINITE');
INSERT INTO "trial_intermediate_values" VALUES(62,64,100,82.0,'FINITE');
INSERT INTO "trial_intermediate_values" VALUES(63,65,100,77.0,'FINITE');
INSERT INTO "trial_intermediate_values" VALUES(64,66,100,71.5,'FINITE');
INSERT INTO "trial_intermediate_values" VALUES(65,68,100,70.5,'FINITE');
INSERT INTO "trial_intermediate_values" VALUES(66,69,100,70.0,'FINITE');
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
INSERT INTO "trial_params" VALUES(7,7,'train.lr',2.0,'{"name": "CategoricalDistribution", "attributes": {"choices": [0.0003, 0.001, 0.003]}}');
INSERT INTO "trial_params" VALUES(8,8,'train.lr',1.0,'{"name": "CategoricalDistribution", "attributes": {"choices": [0.0003, 0.001, 0.003]}}');
INSERT INTO "trial_params" VALUES(9,9,'train.lr',2.0,'{"name": "CategoricalDistribution", "attributes": {"choices": [0.0003, 0.001, 0.003]}}');
INSERT INTO "trial_params" VALUES(10,10,'train.lr',0.0,'{"name": "CategoricalDistribution", "attributes": {"choices": [0.0003, 0.001, 0.003]}}');
INSERT INTO "trial_params" VALUES(11,11,'train.lr',2.0,'{"name": "CategoricalDistribution", "attributes": {"choices": [0.0003, 0.001, 0.003]}}');
INSERT INTO "trial_params" VALUES(12,12,'train.lr',1.0,'{"name": "CategoricalDistribution", "attributes": {"choices": [0.0003, 0.001, 0.003]}}');
INSERT INTO "trial_params" VALUES(13,13,'train.lr',0.0,'{"name": "CategoricalDistribution", "attributes": {"choices": [0.0003, 0.001, 0.003]}}');
INSERT INTO "trial_params" VALUES(14,14,'train.lr',1.0,'{"name": "CategoricalDistribution", "attributes": {"choices": [0.0003, 0.001, 0.003]}}');
INSERT INTO "trial_params" VALUES(15,15,'train.lr',2.0,'{"name": "CategoricalDistribution", "attributes": {"choices": [0.0003, 0.001, 0.003]}}');
INSERT INTO "trial_params" VALUES(16,16,'train.lr',0.0,'{"name": "CategoricalDistribution", "attributes": {"choices": [0.0003, 0.001, 0.003]}}');
INSERT INTO "trial_params" VALUES(17,17,'train.lr',1.0,'{"name": "CategoricalDistribution", "attributes": {"choices": [0.0003, 0.001, 0.003]}}');
INSERT INTO "trial_params" VALUES(18,18,'train.lr',2.0,'{"name": "CategoricalDistribution", "attributes": {"choices": [0.0003, 0.001, 0.003]}}');
INSERT INTO "trial_params" VALUES(19,19,'train.lr',0.0,'{"name": "CategoricalDistribution", "attributes": {"choices": [0.0003, 0.001, 0.003]}}');
INSERT INTO "trial_params" VALUES(20,20,'train.lr',1.0,'{"name": "CategoricalDistribution", "attributes": {"choices": [0.0003, 0.001, 0.003]}}');
INSERT INTO "trial_params" VALUES(21,21,'train.lr',0.0,'{"name": "CategoricalDistribution", "attributes": {"choices": [0.0003, 0.001, 0.003]}}');
INSERT INTO "trial_params" VALUES(22,22,'train.lr',2.0,'{"name": "CategoricalDistribution", "attributes": {"choices": [0.0003, 0.001, 0.003]}}');
INSERT INTO "trial_params" VALUES(23,23,'train.lr',2.0,'{"name": "CategoricalDistribution", "attributes": {"choices": [0.0003, 0.001, 0.003]}}');
INSERT INTO "trial_params" VALUES(24,24,'train.lr',1.0,'{"name": "CategoricalDistribution", "attributes": {"choices": [0.0003, 0.001, 0.003]}}');
INSERT INTO "trial_params" VALUES(25,25,'train.lr',1.0,'{"name": "CategoricalDistribution", "attributes": {"choices": [0.0003, 0.001, 0.003]}}');
INSERT INTO "trial_params" VALUES(26,26,'train.lr',0.0,'{"name": "CategoricalDistribution", "attributes": {"choices": [0.0003, 0.001, 0.003]}}');
INSERT INTO "trial_params" VALUES(27,27,'train.lr',0.0,'{"name": "CategoricalDistribution", "attributes": {"choices": [0.0003, 0.001, 0.003]}}');
INSERT INTO "trial_params" VALUES(28,28,'train.lr',2.0,'{"name": "CategoricalDistribution", "attributes": {"choices": [0.0003, 0.001, 0.003]}}');
INSERT INTO "trial_params" VALUES(29,29,'train.lr',2.0,'{"name": "CategoricalDistribution", "attributes": {"choices": [0.0003, 0.001, 0.003]}}');
INSERT INTO "trial_params" VALUES(30,30,'train.lr',1.0,'{"name": "CategoricalDistribution", "attributes": {"choices": [0.0003, 0.001, 0.003]}}');
INSERT INTO "trial_params" VALUES(31,31,'train.lr',1.0,'{"name": "CategoricalDistribution", "attributes": {"choices": [0.0003, 0.001, 0.003]}}');
INSERT INTO "trial_params" VALUES(32,32,'train.lr',0.0,'{"name": "CategoricalDistribution", "attributes": {"choices": [0.0003, 0.001, 0.003]}}');
INSERT INTO "trial_params" VALUES(33,33,'train.lr',0.0,'{"name": "CategoricalDistribution", "attributes": {"choices": [0.0003, 0.001, 0.003]}}');
INSERT INTO "trial_params" VALUES(34,34,'train.lr',2.0,'{"name": "CategoricalDistribution", "attributes": {"choices": [0.0003, 0.001, 0.003]}}');
INSERT INTO "trial_params" VALUES(35,35,'train.lr',2.0,'{"name": "CategoricalDistribution", "attributes": {"choices": [0.0003, 0.001, 0.003]}}');
INSERT INTO "trial_params" VALUES(36,36,'train.lr',1.0,'{"name": "CategoricalDistribution", "attributes": {"choices": [0.0003, 0.001, 0.003]}}');
INSERT INTO "trial_params" VALUES(37,37,'train.lr',1.0,'{"name": "CategoricalDistribution", "attributes": {"choices": [0.0003, 0.001, 0.003]}}');
INSERT INTO "trial_params" VALUES(38,38,'train.lr',0.0,'{"name": "CategoricalDistribution", "attributes": {"choices": [0.0003, 0.001, 0.003]}}');
INSERT INTO "trial_params" VALUES(39,39,'train.lr',0.0,'{"name": "CategoricalDistribution", "attributes": {"choices": [0.0003, 0.001, 0.003]}}');
INSERT INTO "trial_params" VALUES(40,40,'train.lr',2.0,'{"name": "CategoricalDistribution", "attributes": {"choices": [0.0003, 0.001, 0.003]}}');
INSERT INTO "trial_params" VALUES(41,41,'train.lr',1.0,'{"name": "CategoricalDistribution", "attributes": {"choices": [0.0003, 0.001, 0.003]}}');
INSERT INTO "trial_params" VALUES(42,42,'train.lr',2.0,'{"name": "CategoricalDistribution", "attributes": {"choices": [0.0003, 0.001, 0.003]}}');
INSERT INTO "trial_params" VALUES(43,43,'train.lr',0.0,'{"name": "CategoricalDistribution", "attributes": {"choices": [0.0003, 0.001, 0.003]}}');
INSERT INTO "trial_params" VALUES(44,44,'train.lr',1.0,'{"name": "CategoricalDistribution", "attributes": {"choices": [0.0003, 0.001, 0.003]}}');
INSERT INTO "trial_params" VALUES(45,45,'train.lr',2.0,'{"name": "CategoricalDistribution", "attributes": {"choices": [0.0003, 0.001, 0.003]}}');
INSERT INTO "trial_params" VALUES(46,46,'train.lr',0.0,'{"name": "CategoricalDistribution", "attributes": {"choices": [0.0003, 0.001, 0.003]}}');
INSERT INTO "trial_params" VALUES(47,47,'train.lr',1.0,'{"name": "CategoricalDistribution", "attributes": {"choices": [0.0003, 0.001, 0.003]}}');
INSERT INTO "trial_params" VALUES(48,48,'train.lr',2.0,'{"name": "CategoricalDistribution", "attributes": {"choices": [0.0003, 0.001, 0.003]}}');
INSERT INTO "trial_params" VALUES(49,49,'train.lr',0.0,'{"name": "CategoricalDistribution", "attributes": {"choices": [0.0003, 0.001, 0.003]}}');
INSERT INTO "trial_params" VALUES(50,50,'train.lr',1.0,'{"name": "CategoricalDistribution", "attributes": {"choices": [0.0003, 0.001, 0.003]}}');
INSERT INTO "trial_params" VALUES(51,51,'train.lr',0.0,'{"name": "CategoricalDistribution", "attributes": {"choices": [0.0003, 0.001, 0.003]}}');
INSERT INTO "trial_params" VALUES(52,52,'train.lr',1.0,'{"name": "CategoricalDistribution", "attributes": {"choices": [0.0003, 0.001, 0.003]}}');
INSERT INTO "trial_params" VALUES(53,53,'train.lr',0.0,'{"name": "CategoricalDistribution", "attributes": {"choices": [0.0003, 0.001, 0.003]}}');
INSERT INTO "trial_params" VALUES(54,54,'train.lr',2.0,'{"name": "CategoricalDistribution", "attributes": {"choices": [0.0003, 0.001, 0.003]}}');
INSERT INTO "trial_params" VALUES(55,55,'train.lr',2.0,'{"name": "CategoricalDistribution", "attributes": {"choices": [0.0003, 0.001, 0.003]}}');
INSERT INTO "trial_params" VALUES(56,56,'train.lr',1.0,'{"name": "CategoricalDistribution", "attributes": {"choices": [0.0003, 0.001, 0.003]}}');
INSERT INTO "trial_params" VALUES(57,57,'train.lr',0.0,'{"name": "CategoricalDistribution", "attributes": {"choices": [0.0003, 0.001, 0.003]}}');
INSERT INTO "trial_params" VALUES(58,58,'train.lr',1.0,'{"name": "CategoricalDistribution", "attributes": {"choices": [0.0003, 0.001, 0.003]}}');
INSERT INTO "trial_params" VALUES(59,59,'train.lr',2.0,'{"name": "CategoricalDistribution", "attributes": {"choices": [0.0003, 0.001, 0.003]}}');
INSERT INTO "trial_params" VALUES(60,60,'train.lr',0.0,'{"name": "CategoricalDistribution", "attributes": {"choices": [0.0003, 0.001, 0.003]}}');
INSERT INTO "trial_params" VALUES(61,61,'train.lr',1.0,'{"name": "CategoricalDistribution", "attributes": {"choices": [0.0003, 0.001, 0.003]}}');
INSERT INTO "trial_params" VALUES(62,62,'train.lr',2.0,'{"name": "CategoricalDistribution", "attributes": {"choices": [0.0003, 0.001, 0.003]}}');
INSERT INTO "trial_params" VALUES(63,63,'train.lr',0.0,'{"name": "CategoricalDistribution", "attributes": {"choices": [0.0003, 0.001, 0.003]}}');
INSERT INTO "trial_params" VALUES(64,64,'train.lr',1.0,'{"name": "CategoricalDistribution", "attributes": {"choices": [0.0003, 0.001, 0.003]}}');
INSERT INTO "trial_params" VALUES(65,65,'train.lr',0.0,'{"name": "CategoricalDistribution", "attributes": {"choices": [0.0003, 0.001, 0.003]}}');
INSERT INTO "trial_params" VALUES(66,66,'train.lr',2.0,'{"name": "CategoricalDistribution", "attributes": {"choices": [0.0003, 0.001, 0.003]}}');
INSERT INTO "trial_params" VALUES(67,67,'train.lr',1.0,'{"name": "CategoricalDistribution", "attributes": {"choices": [0.0003, 0.001, 0.003]}}');
INSERT INTO "trial_params" VALUES(68,68,'train.lr',1.0,'{"name": "CategoricalDistribution", "attributes": {"choices": [0.0003, 0.001, 0.003]}}');
INSERT INTO "trial_params" VALUES(69,69,'train.lr',0.0,'{"name": "CategoricalDistribution", "attributes": {"choices": [0.0003, 0.001, 0.003]}}');
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
INSERT INTO "trial_system_attributes" VALUES(13,7,'search_space','{"train.lr": [0.0003, 0.001, 0.003]}');
INSERT INTO "trial_system_attributes" VALUES(14,7,'grid_id','0');
INSERT INTO "trial_system_attributes" VALUES(15,8,'search_space','{"train.lr": [0.0003, 0.001, 0.003]}');
INSERT INTO "trial_system_attributes" VALUES(16,8,'grid_id','1');
INSERT INTO "trial_system_attributes" VALUES(17,9,'search_space','{"train.lr": [0.0003, 0.001, 0.003]}');
INSERT INTO "trial_system_attributes" VALUES(18,9,'grid_id','0');
INSERT INTO "trial_system_attributes" VALUES(19,10,'search_space','{"train.lr": [0.0003, 0.001, 0.003]}');
INSERT INTO "trial_system_attributes" VALUES(20,10,'grid_id','2');
INSERT INTO "trial_system_attributes" VALUES(21,11,'search_space','{"train.lr": [0.0003, 0.001, 0.003]}');
INSERT INTO "trial_system_attributes" VALUES(22,11,'grid_id','0');
INSERT INTO "trial_system_attributes" VALUES(23,12,'search_space','{"train.lr": [0.0003, 0.001, 0.003]}');
INSERT INTO "trial_system_attributes" VALUES(24,12,'grid_id','1');
INSERT INTO "trial_system_attributes" VALUES(25,13,'search_space','{"train.lr": [0.0003, 0.001, 0.003]}');
INSERT INTO "trial_system_attributes" VALUES(26,13,'grid_id','2');
INSERT INTO "trial_system_attributes" VALUES(27,14,'search_space','{"train.lr": [0.0003, 0.001, 0.003]}');
INSERT INTO "trial_system_attributes" VALUES(28,14,'grid_id','1');
INSERT INTO "trial_system_attributes" VALUES(29,15,'search_space','{"train.lr": [0.0003, 0.001, 0.003]}');
INSERT INTO "trial_system_attributes" VALUES(30,15,'grid_id','0');
INSERT INTO "trial_system_attributes" VALUES(31,16,'search_space','{"train.lr": [0.0003, 0.001, 0.003]}');
INSERT INTO "trial_system_attributes" VALUES(32,16,'grid_id','2');
INSERT INTO "trial_system_attributes" VALUES(33,17,'search_space','{"train.lr": [0.0003, 0.001, 0.003]}');
INSERT INTO "trial_system_attributes" VALUES(34,17,'grid_id','1');
INSERT INTO "trial_system_attributes" VALUES(35,18,'search_space','{"train.lr": [0.0003, 0.001, 0.003]}');
INSERT INTO "trial_system_attributes" VALUES(36,18,'grid_id','0');
INSERT INTO "trial_system_attributes" VALUES(37,19,'search_space','{"train.lr": [0.0003, 0.001, 0.003]}');
INSERT INTO "trial_system_attributes" VALUES(38,19,'grid_id','2');
INSERT INTO "trial_system_attributes" VALUES(39,20,'search_space','{"train.lr": [0.0003, 0.001, 0.003]}');
INSERT INTO "trial_system_attributes" VALUES(40,20,'grid_id','1');
INSERT INTO "trial_system_attributes" VALUES(41,21,'search_space','{"train.lr": [0.0003, 0.001, 0.003]}');
INSERT INTO "trial_system_attributes" VALUES(42,21,'grid_id','2');
INSERT INTO "trial_system_attributes" VALUES(43,22,'search_space','{"train.lr": [0.0003, 0.001, 0.003]}');
INSERT INTO "trial_system_attributes" VALUES(44,22,'grid_id','0');
INSERT INTO "trial_system_attributes" VALUES(45,23,'search_space','{"train.lr": [0.0003, 0.001, 0.003]}');
INSERT INTO "trial_system_attributes" VALUES(46,23,'grid_id','0');
INSERT INTO "trial_system_attributes" VALUES(47,24,'search_space','{"train.lr": [0.0003, 0.001, 0.003]}');
INSERT INTO "trial_system_attributes" VALUES(48,24,'grid_id','1');
INSERT INTO "trial_system_attributes" VALUES(49,25,'search_space','{"train.lr": [0.0003, 0.001, 0.003]}');
INSERT INTO "trial_system_attributes" VALUES(50,25,'grid_id','1');
INSERT INTO "trial_system_attributes" VALUES(51,26,'search_space','{"train.lr": [0.0003, 0.001, 0.003]}');
INSERT INTO "trial_system_attributes" VALUES(52,26,'grid_id','2');
INSERT INTO "trial_system_attributes" VALUES(53,27,'search_space','{"train.lr": [0.0003, 0.001, 0.003]}');
INSERT INTO "trial_system_attributes" VALUES(54,27,'grid_id','2');
INSERT INTO "trial_system_attributes" VALUES(55,28,'search_space','{"train.lr": [0.0003, 0.001, 0.003]}');
INSERT INTO "trial_system_attributes" VALUES(56,28,'grid_id','0');
INSERT INTO "trial_system_attributes" VALUES(57,29,'search_space','{"train.lr": [0.0003, 0.001, 0.003]}');
INSERT INTO "trial_system_attributes" VALUES(58,29,'grid_id','0');
INSERT INTO "trial_system_attributes" VALUES(59,30,'search_space','{"train.lr": [0.0003, 0.001, 0.003]}');
INSERT INTO "trial_system_attributes" VALUES(60,30,'grid_id','1');
INSERT INTO "trial_system_attributes" VALUES(61,31,'search_space','{"train.lr": [0.0003, 0.001, 0.003]}');
INSERT INTO "trial_system_attributes" VALUES(62,31,'grid_id','1');
INSERT INTO "trial_system_attributes" VALUES(63,32,'search_space','{"train.lr": [0.0003, 0.001, 0.003]}');
INSERT INTO "trial_system_attributes" VALUES(64,32,'grid_id','2');
INSERT INTO "trial_system_attributes" VALUES(65,33,'search_space','{"train.lr": [0.0003, 0.001, 0.003]}');
INSERT INTO "trial_system_attributes" VALUES(66,33,'grid_id','2');
INSERT INTO "trial_system_attributes" VALUES(67,34,'search_space','{"train.lr": [0.0003, 0.001, 0.003]}');
INSERT INTO "trial_system_attributes" VALUES(68,34,'grid_id','0');
INSERT INTO "trial_system_attributes" VALUES(69,35,'search_space','{"train.lr": [0.0003, 0.001, 0.003]}');
INSERT INTO "trial_system_attributes" VALUES(70,35,'grid_id','0');
INSERT INTO "trial_system_attributes" VALUES(71,36,'search_space','{"train.lr": [0.0003, 0.001, 0.003]}');
INSERT INTO "trial_system_attributes" VALUES(72,36,'grid_id','1');
INSERT INTO "trial_system_attributes" VALUES(73,37,'search_space','{"train.lr": [0.0003, 0.001, 0.003]}');
INSERT INTO "trial_system_attributes" VALUES(74,37,'grid_id','1');
INSERT INTO "trial_system_attributes" VALUES(75,38,'search_space','{"train.lr": [0.0003, 0.001, 0.003]}');
INSERT INTO "trial_system_attributes" VALUES(76,38,'grid_id','2');
INSERT INTO "trial_system_attributes" VALUES(77,39,'search_space','{"train.lr": [0.0003, 0.001, 0.003]}');
INSERT INTO "trial_system_attributes" VALUES(78,39,'grid_id','2');
INSERT INTO "trial_system_attributes" VALUES(79,40,'search_space','{"train.lr": [0.0003, 0.001, 0.003]}');
INSERT INTO "trial_system_attributes" VALUES(80,40,'grid_id','0');
INSERT INTO "trial_system_attributes" VALUES(81,41,'search_space','{"train.lr": [0.0003, 0.001, 0.003]}');
INSERT INTO "trial_system_attributes" VALUES(82,41,'grid_id','1');
INSERT INTO "trial_system_attributes" VALUES(83,42,'search_space','{"train.lr": [0.0003, 0.001, 0.003]}');
INSERT INTO "trial_system_attributes" VALUES(84,42,'grid_id','0');
INSERT INTO "trial_system_attributes" VALUES(85,43,'search_space','{"train.lr": [0.0003, 0.001, 0.003]}');
INSERT INTO "trial_system_attributes" VALUES(86,43,'grid_id','2');
INSERT INTO "trial_system_attributes" VALUES(87,44,'search_space','{"train.lr": [0.0003, 0.001, 0.003]}');
INSERT INTO "trial_system_attributes" VALUES(88,44,'grid_id','1');
INSERT INTO "trial_system_attributes" VALUES(89,45,'search_space','{"train.lr": [0.0003, 0.001, 0.003]}');
INSERT INTO "trial_system_attributes" VALUES(90,45,'grid_id','0');
INSERT INTO "trial_system_attributes" VALUES(91,46,'search_space','{"train.lr": [0.0003, 0.001, 0.003]}');
INSERT INTO "trial_system_attributes" VALUES(92,46,'grid_id','2');
INSERT INTO "trial_system_attributes" VALUES(93,47,'search_space','{"train.lr": [0.0003, 0.001, 0.003]}');
INSERT INTO "trial_system_attributes" VALUES(94,47,'grid_id','1');
INSERT INTO "trial_system_attributes" VALUES(95,48,'search_space','{"train.lr": [0.0003, 0.001, 0.003]}');
INSERT INTO "trial_system_attributes" VALUES(96,48,'grid_id','0');
INSERT INTO "trial_system_attributes" VALUES(97,49,'search_space','{"train.lr": [0.0003, 0.001, 0.003]}');
INSERT INTO "trial_system_attributes" VALUES(98,49,'grid_id','2');
INSERT INTO "trial_system_attributes" VALUES(99,50,'search_space','{"train.lr": [0.0003, 0.001, 0.003]}');
INSERT INTO "trial_system_attributes" VALUES(100,50,'grid_id','1');
INSERT INTO "trial_system_attributes" VALUES(101,51,'fixed_params','{"train.lr": 0.0003}');
INSERT INTO "trial_system_attributes" VALUES(102,51,'grid_id','2');
INSERT INTO "trial_system_attributes" VALUES(103,51,'search_space','{"train.lr": [0.0003, 0.001, 0.003]}');
INSERT INTO "trial_system_attributes" VALUES(104,52,'fixed_params','{"train.lr": 0.001}');
INSERT INTO "trial_system_attributes" VALUES(105,52,'grid_id','1');
INSERT INTO "trial_system_attributes" VALUES(106,52,'search_space','{"train.lr": [0.0003, 0.001, 0.003]}');
INSERT INTO "trial_system_attributes" VALUES(107,53,'search_space','{"train.lr": [0.0003, 0.001, 0.003]}');
INSERT INTO "trial_system_attributes" VALUES(108,53,'grid_id','2');
INSERT INTO "trial_system_attributes" VALUES(109,54,'search_space','{"train.lr": [0.0003, 0.001, 0.003]}');
INSERT INTO "trial_system_attributes" VALUES(110,54,'grid_id','0');
INSERT INTO "trial_system_attributes" VALUES(111,55,'search_space','{"train.lr": [0.0003, 0.001, 0.003]}');
INSERT INTO "trial_system_attributes" VALUES(112,55,'grid_id','0');
INSERT INTO "trial_system_attributes" VALUES(113,56,'search_space','{"train.lr": [0.0003, 0.001, 0.003]}');
INSERT INTO "trial_system_attributes" VALUES(114,56,'grid_id','1');
INSERT INTO "trial_system_attributes" VALUES(115,57,'search_space','{"train.lr": [0.0003, 0.001, 0.003]}');
INSERT INTO "trial_system_attributes" VALUES(116,57,'grid_id','2');
INSERT INTO "trial_system_attributes" VALUES(117,58,'search_space','{"train.lr": [0.0003, 0.001, 0.003]}');
INSERT INTO "trial_system_attributes" VALUES(118,58,'grid_id','1');
INSERT INTO "trial_system_attributes" VALUES(119,59,'search_space','{"train.lr": [0.0003, 0.001, 0.003]}');
INSERT INTO "trial_system_attributes" VALUES(120,59,'grid_id','0');
INSERT INTO "trial_system_attributes" VALUES(121,60,'search_space','{"train.lr": [0.0003, 0.001, 0.003]}');
INSERT INTO "trial_system_attributes" VALUES(122,60,'grid_id','2');
INSERT INTO "trial_system_attributes" VALUES(123,61,'search_space','{"train.lr": [0.0003, 0.001, 0.003]}');
INSERT INTO "trial_system_attributes" VALUES(124,61,'grid_id','1');
INSERT INTO "trial_system_attributes" VALUES(125,62,'search_space','{"train.lr": [0.0003, 0.001, 0.003]}');
INSERT INTO "trial_system_attributes" VALUES(126,62,'grid_id','0');
INSERT INTO "trial_system_attributes" VALUES(127,63,'search_space','{"train.lr": [0.0003, 0.001, 0.003]}');
INSERT INTO "trial_system_attributes" VALUES(128,63,'grid_id','2');
INSERT INTO "trial_system_attributes" VALUES(129,64,'search_space','{"train.lr": [0.0003, 0.001, 0.003]}');
INSERT INTO "trial_system_attributes" VALUES(130,64,'grid_id','1');
INSERT INTO "trial_system_attributes" VALUES(131,65,'search_space','{"train.lr": [0.0003, 0.001, 0.003]}');
INSERT INTO "trial_system_attributes" VALUES(132,65,'grid_id','2');
INSERT INTO "trial_system_attributes" VALUES(133,66,'search_space','{"train.lr": [0.0003, 0.001, 0.003]}');
INSERT INTO "trial_system_attributes" VALUES(134,66,'grid_id','0');
INSERT INTO "trial_system_attributes" VALUES(135,67,'search_space','{"train.lr": [0.0003, 0.001, 0.003]}');
INSERT INTO "trial_system_attributes" VALUES(136,67,'grid_id','1');
INSERT INTO "trial_system_attributes" VALUES(137,68,'fixed_params','{"train.lr": 0.001}');
INSERT INTO "trial_system_attributes" VALUES(138,68,'grid_id','1');
INSERT INTO "trial_system_attributes" VALUES(139,68,'search_space','{"train.lr": [0.0003, 0.001, 0.003]}');
INSERT INTO "trial_system_attributes" VALUES(140,69,'search_space','{"train.lr": [0.0003, 0.001, 0.003]}');
INSERT INTO "trial_system_attributes" VALUES(141,69,'grid_id','2');
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
INSERT INTO "trial_user_attributes" VALUES(5,5,'test_vqa_accuracy','74.0');
INSERT INTO "trial_user_attributes" VALUES(6,7,'test_vqa_accuracy','63.0');
INSERT INTO "trial_user_attributes" VALUES(7,6,'test_vqa_accuracy','77.0');
INSERT INTO "trial_user_attributes" VALUES(8,8,'test_vqa_accuracy','59.0');
INSERT INTO "trial_user_attributes" VALUES(9,10,'test_vqa_accuracy','73.0');
INSERT INTO "trial_user_attributes" VALUES(10,9,'test_vqa_accuracy','72.0');
INSERT INTO "trial_user_attributes" VALUES(11,12,'test_vqa_accuracy','73.0');
INSERT INTO "trial_user_attributes" VALUES(12,11,'test_vqa_accuracy','62.0');
INSERT INTO "trial_user_attributes" VALUES(13,13,'test_vqa_accuracy','46.0');
INSERT INTO "trial_user_attributes" VALUES(14,14,'test_vqa_accuracy','45.0');
INSERT INTO "trial_user_attributes" VALUES(15,15,'test_vqa_accuracy','62.0');
INSERT INTO "trial_user_attributes" VALUES(16,16,'test_vqa_accuracy','42.0');
INSERT INTO "trial_user_attributes" VALUES(17,17,'test_vqa_accuracy','40.0');
INSERT INTO "trial_user_attributes" VALUES(18,18,'test_vqa_accuracy','73.0');
INSERT INTO "trial_user_attributes" VALUES(19,20,'test_vqa_accuracy','69.0');
INSERT INTO "trial_user_attributes" VALUES(20,19,'test_vqa_accuracy','11.0');
INSERT INTO "trial_user_attributes" VALUES(21,21,'test_vqa_accuracy','73.0');
INSERT INTO "trial_user_attributes" VALUES(22,22,'test_vqa_accuracy','73.0');
INSERT INTO "trial_user_attributes" VALUES(23,23,'test_vqa_accuracy','79.0');
INSERT INTO "trial_user_attributes" VALUES(24,24,'test_vqa_accuracy','61.0');
INSERT INTO "trial_user_attributes" VALUES(25,25,'test_vqa_accuracy','78.0');
INSERT INTO "trial_user_attributes" VALUES(26,26,'test_vqa_accuracy','52.0');
INSERT INTO "trial_user_attributes" VALUES(27,27,'test_vqa_accuracy','66.0');
INSERT INTO "trial_user_attributes" VALUES(28,28,'test_vqa_accuracy','82.0');
INSERT INTO "trial_user_attributes" VALUES(29,29,'test_vqa_accuracy','70.0');
INSERT INTO "trial_user_attributes" VALUES(30,30,'test_vqa_accuracy','58.0');
INSERT INTO "trial_user_attributes" VALUES(31,31,'test_vqa_accuracy','69.0');
INSERT INTO "trial_user_attributes" VALUES(32,33,'test_vqa_accuracy','57.0');
INSERT INTO "trial_user_attributes" VALUES(33,32,'test_vqa_accuracy','32.0');
INSERT INTO "trial_user_attributes" VALUES(34,34,'test_vqa_accuracy','66.0');
INSERT INTO "trial_user_attributes" VALUES(35,35,'test_vqa_accuracy','72.0');
INSERT INTO "trial_user_attributes" VALUES(36,36,'test_vqa_accuracy','67.0');
INSERT INTO "trial_user_attributes" VALUES(37,37,'test_vqa_accuracy','75.0');
INSERT INTO "trial_user_attributes" VALUES(38,38,'test_vqa_accuracy','74.0');
INSERT INTO "trial_user_attributes" VALUES(39,40,'test_vqa_accuracy','54.0');
INSERT INTO "trial_user_attributes" VALUES(40,39,'test_vqa_accuracy','72.0');
INSERT INTO "trial_user_attributes" VALUES(41,41,'test_vqa_accuracy','65.0');
INSERT INTO "trial_user_attributes" VALUES(42,42,'test_vqa_accuracy','54.0');
INSERT INTO "trial_user_attributes" VALUES(43,43,'test_vqa_accuracy','78.0');
INSERT INTO "trial_user_attributes" VALUES(44,44,'test_vqa_accuracy','67.0');
INSERT INTO "trial_user_attributes" VALUES(45,45,'test_vqa_accuracy','44.0');
INSERT INTO "trial_user_attributes" VALUES(46,46,'test_vqa_accuracy','63.0');
INSERT INTO "trial_user_attributes" VALUES(47,47,'test_vqa_accuracy','33.0');
INSERT INTO "trial_user_attributes" VALUES(48,48,'test_vqa_accuracy','67.0');
INSERT INTO "trial_user_attributes" VALUES(49,51,'retry_of','2');
INSERT INTO "trial_user_attributes" VALUES(50,52,'retry_of','1');
INSERT INTO "trial_user_attributes" VALUES(51,52,'test_vqa_accuracy','68.0');
INSERT INTO "trial_user_attributes" VALUES(52,51,'test_vqa_accuracy','38.0');
INSERT INTO "trial_user_attributes" VALUES(53,53,'test_vqa_accuracy','67.0');
INSERT INTO "trial_user_attributes" VALUES(54,54,'test_vqa_accuracy','66.0');
INSERT INTO "trial_user_attributes" VALUES(55,56,'test_vqa_accuracy','66.0');
INSERT INTO "trial_user_attributes" VALUES(56,55,'test_vqa_accuracy','95.0');
INSERT INTO "trial_user_attributes" VALUES(57,57,'test_vqa_accuracy','65.0');
INSERT INTO "trial_user_attributes" VALUES(58,58,'test_vqa_accuracy','90.0');
INSERT INTO "trial_user_attributes" VALUES(59,59,'test_vqa_accuracy','71.0');
INSERT INTO "trial_user_attributes" VALUES(60,60,'test_vqa_accuracy','94.0');
INSERT INTO "trial_user_attributes" VALUES(61,61,'test_vqa_accuracy','68.0');
INSERT INTO "trial_user_attributes" VALUES(62,63,'test_vqa_accuracy','59.0');
INSERT INTO "trial_user_attributes" VALUES(63,62,'test_vqa_accuracy','79.0');
INSERT INTO "trial_user_attributes" VALUES(64,64,'test_vqa_accuracy','83.0');
INSERT INTO "trial_user_attributes" VALUES(65,65,'test_vqa_accuracy','81.0');
INSERT INTO "trial_user_attributes" VALUES(66,66,'test_vqa_accuracy','73.0');
INSERT INTO "trial_user_attributes" VALUES(67,68,'retry_of','1');
INSERT INTO "trial_user_attributes" VALUES(68,68,'test_vqa_accuracy','71.0');
INSERT INTO "trial_user_attributes" VALUES(69,69,'test_vqa_accuracy','66.0');
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
INSERT INTO "trial_values" VALUES(5,5,0,74.5,'FINITE');
INSERT INTO "trial_values" VALUES(6,7,0,64.5,'FINITE');
INSERT INTO "trial_values" VALUES(7,6,0,77.0,'FINITE');
INSERT INTO "trial_values" VALUES(8,8,0,67.0,'FINITE');
INSERT INTO "trial_values" VALUES(9,10,0,73.5,'FINITE');
INSERT INTO "trial_values" VALUES(10,9,0,67.0,'FINITE');
INSERT INTO "trial_values" VALUES(11,12,0,70.0,'FINITE');
INSERT INTO "trial_values" VALUES(12,11,0,65.0,'FINITE');
INSERT INTO "trial_values" VALUES(13,13,0,47.5,'FINITE');
INSERT INTO "trial_values" VALUES(14,14,0,51.0,'FINITE');
INSERT INTO "trial_values" VALUES(15,15,0,61.0,'FINITE');
INSERT INTO "trial_values" VALUES(16,16,0,48.5,'FINITE');
INSERT INTO "trial_values" VALUES(17,17,0,44.0,'FINITE');
INSERT INTO "trial_values" VALUES(18,18,0,73.5,'FINITE');
INSERT INTO "trial_values" VALUES(19,20,0,71.0,'FINITE');
INSERT INTO "trial_values" VALUES(20,19,0,14.0,'FINITE');
INSERT INTO "trial_values" VALUES(21,21,0,71.5,'FINITE');
INSERT INTO "trial_values" VALUES(22,22,0,72.0,'FINITE');
INSERT INTO "trial_values" VALUES(23,23,0,78.0,'FINITE');
INSERT INTO "trial_values" VALUES(24,24,0,67.0,'FINITE');
INSERT INTO "trial_values" VALUES(25,25,0,76.5,'FINITE');
INSERT INTO "trial_values" VALUES(26,26,0,55.5,'FINITE');
INSERT INTO "trial_values" VALUES(27,27,0,70.5,'FINITE');
INSERT INTO "trial_values" VALUES(28,28,0,76.5,'FINITE');
INSERT INTO "trial_values" VALUES(29,29,0,79.0,'FINITE');
INSERT INTO "trial_values" VALUES(30,30,0,64.5,'FINITE');
INSERT INTO "trial_values" VALUES(31,31,0,73.5,'FINITE');
INSERT INTO "trial_values" VALUES(32,33,0,64.5,'FINITE');
INSERT INTO "trial_values" VALUES(33,32,0,48.0,'FINITE');
INSERT INTO "trial_values" VALUES(34,34,0,69.0,'FINITE');
INSERT INTO "trial_values" VALUES(35,35,0,72.5,'FINITE');
INSERT INTO "trial_values" VALUES(36,36,0,70.0,'FINITE');
INSERT INTO "trial_values" VALUES(37,37,0,74.0,'FINITE');
INSERT INTO "trial_values" VALUES(38,38,0,74.5,'FINITE');
INSERT INTO "trial_values" VALUES(39,40,0,59.0,'FINITE');
INSERT INTO "trial_values" VALUES(40,39,0,75.5,'FINITE');
INSERT INTO "trial_values" VALUES(41,41,0,67.0,'FINITE');
INSERT INTO "trial_values" VALUES(42,42,0,61.5,'FINITE');
INSERT INTO "trial_values" VALUES(43,43,0,78.0,'FINITE');
INSERT INTO "trial_values" VALUES(44,44,0,69.0,'FINITE');
INSERT INTO "trial_values" VALUES(45,45,0,54.5,'FINITE');
INSERT INTO "trial_values" VALUES(46,46,0,61.5,'FINITE');
INSERT INTO "trial_values" VALUES(47,47,0,38.5,'FINITE');
INSERT INTO "trial_values" VALUES(48,48,0,70.5,'FINITE');
INSERT INTO "trial_values" VALUES(49,52,0,71.0,'FINITE');
INSERT INTO "trial_values" VALUES(50,51,0,42.5,'FINITE');
INSERT INTO "trial_values" VALUES(51,53,0,69.5,'FINITE');
INSERT INTO "trial_values" VALUES(52,54,0,67.0,'FINITE');
INSERT INTO "trial_values" VALUES(53,56,0,69.5,'FINITE');
INSERT INTO "trial_values" VALUES(54,55,0,91.5,'FINITE');
INSERT INTO "trial_values" VALUES(55,57,0,69.5,'FINITE');
INSERT INTO "trial_values" VALUES(56,58,0,87.0,'FINITE');
INSERT INTO "trial_values" VALUES(57,59,0,72.0,'FINITE');
INSERT INTO "trial_values" VALUES(58,60,0,86.0,'FINITE');
INSERT INTO "trial_values" VALUES(59,61,0,69.5,'FINITE');
INSERT INTO "trial_values" VALUES(60,63,0,66.0,'FINITE');
INSERT INTO "trial_values" VALUES(61,62,0,80.0,'FINITE');
INSERT INTO "trial_values" VALUES(62,64,0,82.0,'FINITE');
INSERT INTO "trial_values" VALUES(63,65,0,77.0,'FINITE');
INSERT INTO "trial_values" VALUES(64,66,0,71.5,'FINITE');
INSERT INTO "trial_values" VALUES(65,68,0,70.5,'FINITE');
INSERT INTO "trial_values" VALUES(66,69,0,70.0,'FINITE');
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
INSERT INTO "trials" VALUES(5,2,3,'COMPLETE','2026-12-02 11:28:44.835145','2026-12-02 11:36:05.580035');
INSERT INTO "trials" VALUES(6,2,1,'COMPLETE','2026-12-02 11:32:34.198335','2026-12-02 11:40:23.185583');
INSERT INTO "trials" VALUES(7,0,5,'COMPLETE','2026-12-02 11:36:05.711124','2026-12-02 11:38:58.290437');
INSERT INTO "trials" VALUES(8,1,5,'COMPLETE','2026-12-02 11:38:58.299782','2026-12-02 11:41:41.844347');
INSERT INTO "trials" VALUES(9,0,7,'COMPLETE','2026-12-02 11:40:23.312353','2026-12-02 11:45:23.191568');
INSERT INTO "trials" VALUES(10,2,5,'COMPLETE','2026-12-02 11:41:41.851227','2026-12-02 11:44:19.831513');
INSERT INTO "trials" VALUES(11,0,9,'COMPLETE','2026-12-02 11:44:19.935869','2026-12-02 11:50:53.255161');
INSERT INTO "trials" VALUES(12,1,7,'COMPLETE','2026-12-02 11:45:23.203120','2026-12-02 11:50:25.502133');
INSERT INTO "trials" VALUES(13,2,7,'COMPLETE','2026-12-02 11:50:25.514346','2026-12-02 11:55:24.964788');
INSERT INTO "trials" VALUES(14,1,9,'COMPLETE','2026-12-02 11:50:53.264055','2026-12-02 11:57:25.697251');
INSERT INTO "trials" VALUES(15,0,11,'COMPLETE','2026-12-02 11:55:25.056889','2026-12-02 12:02:08.195498');
INSERT INTO "trials" VALUES(16,2,9,'COMPLETE','2026-12-02 11:57:25.708164','2026-12-02 12:04:16.181705');
INSERT INTO "trials" VALUES(17,1,11,'COMPLETE','2026-12-02 12:02:08.207250','2026-12-02 12:08:55.623900');
INSERT INTO "trials" VALUES(18,0,13,'COMPLETE','2026-12-02 12:04:16.283875','2026-12-02 12:09:40.342495');
INSERT INTO "trials" VALUES(19,2,11,'COMPLETE','2026-12-02 12:08:55.631475','2026-12-02 12:15:31.644191');
INSERT INTO "trials" VALUES(20,1,13,'COMPLETE','2026-12-02 12:09:40.365827','2026-12-02 12:14:57.967359');
INSERT INTO "trials" VALUES(21,2,13,'COMPLETE','2026-12-02 12:14:57.974259','2026-12-02 12:20:11.913574');
INSERT INTO "trials" VALUES(22,0,15,'COMPLETE','2026-12-02 12:15:31.785732','2026-12-02 12:20:43.671626');
INSERT INTO "trials" VALUES(23,0,17,'COMPLETE','2026-12-02 12:20:12.010826','2026-12-02 12:25:19.306260');
INSERT INTO "trials" VALUES(24,1,15,'COMPLETE','2026-12-02 12:20:43.679710','2026-12-02 12:25:41.005681');
INSERT INTO "trials" VALUES(25,1,17,'COMPLETE','2026-12-02 12:25:19.314425','2026-12-02 12:31:06.239988');
INSERT INTO "trials" VALUES(26,2,15,'COMPLETE','2026-12-02 12:25:41.017534','2026-12-02 12:31:27.544763');
INSERT INTO "trials" VALUES(27,2,17,'COMPLETE','2026-12-02 12:31:06.250776','2026-12-02 12:36:38.143951');
INSERT INTO "trials" VALUES(28,0,19,'COMPLETE','2026-12-02 12:31:27.712319','2026-12-02 12:36:43.786684');
INSERT INTO "trials" VALUES(29,0,21,'COMPLETE','2026-12-02 12:36:38.252229','2026-12-02 12:40:12.938057');
INSERT INTO "trials" VALUES(30,1,19,'COMPLETE','2026-12-02 12:36:43.796477','2026-12-02 12:41:57.488975');
INSERT INTO "trials" VALUES(31,1,21,'COMPLETE','2026-12-02 12:40:12.947429','2026-12-02 12:43:04.291271');
INSERT INTO "trials" VALUES(32,2,19,'COMPLETE','2026-12-02 12:41:57.497124','2026-12-02 12:47:02.954663');
INSERT INTO "trials" VALUES(33,2,21,'COMPLETE','2026-12-02 12:43:04.303274','2026-12-02 12:45:55.563477');
INSERT INTO "trials" VALUES(34,0,23,'COMPLETE','2026-12-02 12:45:55.673988','2026-12-02 12:50:04.999863');
INSERT INTO "trials" VALUES(35,0,25,'COMPLETE','2026-12-02 12:47:03.061166','2026-12-02 12:52:27.227005');
INSERT INTO "trials" VALUES(36,1,23,'COMPLETE','2026-12-02 12:50:05.009434','2026-12-02 12:54:14.529440');
INSERT INTO "trials" VALUES(37,1,25,'COMPLETE','2026-12-02 12:52:27.236028','2026-12-02 12:57:57.146765');
INSERT INTO "trials" VALUES(38,2,23,'COMPLETE','2026-12-02 12:54:14.537409','2026-12-02 12:58:24.948374');
INSERT INTO "trials" VALUES(39,2,25,'COMPLETE','2026-12-02 12:57:57.154830','2026-12-02 13:03:14.329982');
INSERT INTO "trials" VALUES(40,0,27,'COMPLETE','2026-12-02 12:58:25.033808','2026-12-02 13:02:21.485688');
INSERT INTO "trials" VALUES(41,1,27,'COMPLETE','2026-12-02 13:02:21.494631','2026-12-02 13:06:31.216137');
INSERT INTO "trials" VALUES(42,0,29,'COMPLETE','2026-12-02 13:03:14.434443','2026-12-02 13:07:33.923846');
INSERT INTO "trials" VALUES(43,2,27,'COMPLETE','2026-12-02 13:06:31.223025','2026-12-02 13:10:45.201911');
INSERT INTO "trials" VALUES(44,1,29,'COMPLETE','2026-12-02 13:07:33.933481','2026-12-02 13:11:49.797220');
INSERT INTO "trials" VALUES(45,0,31,'COMPLETE','2026-12-02 13:10:45.300339','2026-12-02 13:14:45.212086');
INSERT INTO "trials" VALUES(46,2,29,'COMPLETE','2026-12-02 13:11:49.804073','2026-12-02 13:16:02.089179');
INSERT INTO "trials" VALUES(47,1,31,'COMPLETE','2026-12-02 13:14:45.221913','2026-12-02 13:18:21.137626');
INSERT INTO "trials" VALUES(48,0,33,'COMPLETE','2026-12-02 13:16:02.200578','2026-12-02 13:18:47.330176');
INSERT INTO "trials" VALUES(49,2,31,'FAIL','2026-12-02 13:18:21.147045','2026-12-02 13:19:18.792943');
INSERT INTO "trials" VALUES(50,1,33,'FAIL','2026-12-02 13:18:47.343572','2026-12-02 13:19:18.192161');
INSERT INTO "trials" VALUES(51,3,31,'COMPLETE','2026-12-02 13:31:59.578292','2026-12-02 13:35:37.732021');
INSERT INTO "trials" VALUES(52,2,33,'COMPLETE','2026-12-02 13:31:59.611388','2026-12-02 13:34:43.493970');
INSERT INTO "trials" VALUES(53,3,33,'COMPLETE','2026-12-02 13:34:43.504579','2026-12-02 13:37:28.125966');
INSERT INTO "trials" VALUES(54,0,37,'COMPLETE','2026-12-02 13:35:37.847067','2026-12-02 13:37:52.653042');
INSERT INTO "trials" VALUES(55,0,39,'COMPLETE','2026-12-02 13:37:28.234285','2026-12-02 13:39:59.717363');
INSERT INTO "trials" VALUES(56,1,37,'COMPLETE','2026-12-02 13:37:52.663490','2026-12-02 13:39:58.177843');
INSERT INTO "trials" VALUES(57,2,37,'COMPLETE','2026-12-02 13:39:58.187970','2026-12-02 13:42:06.265773');
INSERT INTO "trials" VALUES(58,1,39,'COMPLETE','2026-12-02 13:39:59.727427','2026-12-02 13:42:34.346457');
INSERT INTO "trials" VALUES(59,0,41,'COMPLETE','2026-12-02 13:42:06.374508','2026-12-02 13:43:46.059550');
INSERT INTO "trials" VALUES(60,2,39,'COMPLETE','2026-12-02 13:42:34.357207','2026-12-02 13:45:02.327339');
INSERT INTO "trials" VALUES(61,1,41,'COMPLETE','2026-12-02 13:43:46.067962','2026-12-02 13:45:22.863045');
INSERT INTO "trials" VALUES(62,0,43,'COMPLETE','2026-12-02 13:45:02.411530','2026-12-02 13:47:44.877397');
INSERT INTO "trials" VALUES(63,2,41,'COMPLETE','2026-12-02 13:45:22.869941','2026-12-02 13:46:59.074443');
INSERT INTO "trials" VALUES(64,1,43,'COMPLETE','2026-12-02 13:47:44.886264','2026-12-02 13:49:57.943351');
INSERT INTO "trials" VALUES(65,2,43,'COMPLETE','2026-12-02 13:49:57.949601','2026-12-02 13:52:07.025929');
INSERT INTO "trials" VALUES(66,0,45,'COMPLETE','2026-12-02 13:52:07.112247','2026-12-02 13:54:17.251596');
INSERT INTO "trials" VALUES(67,1,45,'FAIL','2026-12-02 13:54:17.260515','2026-12-02 13:55:35.511415');
INSERT INTO "trials" VALUES(68,2,45,'COMPLETE','2026-12-02 14:16:02.254542','2026-12-02 14:18:08.100331');
INSERT INTO "trials" VALUES(69,3,45,'COMPLETE','2026-12-02 14:18:08.108441','2026-12-02 14:20:14.328239');
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
