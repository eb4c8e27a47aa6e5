-- msp-store hub schema, version 1. Portable SQL: the same file runs on H2 2.x and PostgreSQL 12+.

CREATE TABLE hub_info (
    info_key   VARCHAR(64)  NOT NULL PRIMARY KEY,
    info_value VARCHAR(256) NOT NULL
);
INSERT INTO hub_info (info_key, info_value) VALUES ('kind', 'msp-hub');

-- One row per process: its head revision and the columns people query.
CREATE TABLE hub_process (
    process_id    VARCHAR(200)     NOT NULL PRIMARY KEY,
    head_revision INTEGER          NOT NULL,
    title         VARCHAR(1000000) NOT NULL,
    purpose       VARCHAR(1000000) NOT NULL,
    phase         VARCHAR(64)      NOT NULL,
    start_day     DATE,
    end_day       DATE,
    stakeholders  INTEGER          NOT NULL,
    participants  INTEGER          NOT NULL,
    meetings      INTEGER          NOT NULL,
    decisions     INTEGER          NOT NULL,
    commitments   INTEGER          NOT NULL,
    links         INTEGER          NOT NULL,
    updated_at    TIMESTAMP        NOT NULL
);

-- Every put is a revision; nothing is overwritten.
CREATE TABLE hub_revision (
    process_id VARCHAR(200)  NOT NULL,
    revision   INTEGER       NOT NULL,
    author     VARCHAR(200)  NOT NULL,
    created_at TIMESTAMP     NOT NULL,
    message    VARCHAR(4000) NOT NULL,
    document   TEXT          NOT NULL,
    PRIMARY KEY (process_id, revision)
);

CREATE TABLE hub_process_sector  (process_id VARCHAR(200) NOT NULL, sector_code  VARCHAR(64) NOT NULL, PRIMARY KEY (process_id, sector_code));
CREATE TABLE hub_process_level   (process_id VARCHAR(200) NOT NULL, level_code   VARCHAR(64) NOT NULL, PRIMARY KEY (process_id, level_code));
CREATE TABLE hub_process_country (process_id VARCHAR(200) NOT NULL, country_code VARCHAR(8)  NOT NULL, PRIMARY KEY (process_id, country_code));
CREATE TABLE hub_process_type    (process_id VARCHAR(200) NOT NULL, type_code    VARCHAR(64) NOT NULL, PRIMARY KEY (process_id, type_code));

CREATE TABLE hub_stakeholder (
    process_id       VARCHAR(200)  NOT NULL,
    stakeholder_id   VARCHAR(200)  NOT NULL,
    name             VARCHAR(4000) NOT NULL,
    group_code       VARCHAR(64)   NOT NULL,
    kind             VARCHAR(64)   NOT NULL,
    public_authority BOOLEAN       NOT NULL,
    PRIMARY KEY (process_id, stakeholder_id)
);
CREATE INDEX hub_stakeholder_group ON hub_stakeholder (group_code, process_id);
CREATE TABLE hub_stakeholder_sector  (process_id VARCHAR(200) NOT NULL, stakeholder_id VARCHAR(200) NOT NULL, sector_code  VARCHAR(64) NOT NULL, PRIMARY KEY (process_id, stakeholder_id, sector_code));
CREATE TABLE hub_stakeholder_level   (process_id VARCHAR(200) NOT NULL, stakeholder_id VARCHAR(200) NOT NULL, level_code   VARCHAR(64) NOT NULL, PRIMARY KEY (process_id, stakeholder_id, level_code));
CREATE TABLE hub_stakeholder_country (process_id VARCHAR(200) NOT NULL, stakeholder_id VARCHAR(200) NOT NULL, country_code VARCHAR(8)  NOT NULL, PRIMARY KEY (process_id, stakeholder_id, country_code));

-- Views for plain-SQL users (R, pandas): documented in docs/hub.md.
CREATE VIEW processes AS
    SELECT process_id, head_revision AS revision, title, purpose, phase, start_day, end_day,
           stakeholders, participants, meetings, decisions, commitments, links, updated_at
    FROM hub_process;

CREATE VIEW stakeholders AS
    SELECT s.process_id, s.stakeholder_id, s.name, s.group_code, s.kind, s.public_authority
    FROM hub_stakeholder s;

CREATE VIEW stakeholder_sectors AS SELECT process_id, stakeholder_id, sector_code FROM hub_stakeholder_sector;
CREATE VIEW stakeholder_levels AS SELECT process_id, stakeholder_id, level_code FROM hub_stakeholder_level;
CREATE VIEW stakeholder_countries AS SELECT process_id, stakeholder_id, country_code FROM hub_stakeholder_country;

CREATE VIEW revisions AS
    SELECT process_id, revision, author, created_at, message FROM hub_revision;
