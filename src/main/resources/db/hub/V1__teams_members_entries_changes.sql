-- The team hub's server schema (issue 27, ADR 41), in the schema nexus_hub of a PostgreSQL database (13 or newer).
-- Members are PostgreSQL roles; row-level security shows each of them only the rows of their own teams, whatever
-- SQL they send. The owner of these tables (the admin who ran `nexus hub init`) is not bound by it.

-- What a Nexus needs to know about this hub: 'generation' is raised by each Nexus that changes the schema, so an
-- older Nexus refuses a hub made by a newer one.
CREATE TABLE hub_fact (
    name   text PRIMARY KEY,
    value  text NOT NULL
);
INSERT INTO hub_fact (name, value) VALUES ('generation', '1');

CREATE TABLE team (
    name        text PRIMARY KEY,
    created_at  timestamptz NOT NULL DEFAULT now()
);

CREATE TABLE member (
    team        text NOT NULL REFERENCES team (name) ON DELETE CASCADE,
    role_name   text NOT NULL,
    added_at    timestamptz NOT NULL DEFAULT now(),
    PRIMARY KEY (team, role_name)
);

-- Each team entry's current state. Rows are never deleted: a deleted entry keeps its last text (a teammate's edit
-- against it still merges), with deleted set. seq: the change-log place of its last change (what a pull follows).
CREATE TABLE entry (
    team        text        NOT NULL REFERENCES team (name) ON DELETE CASCADE,
    id          uuid        NOT NULL,
    version     bigint      NOT NULL,
    kind        text        NOT NULL,
    title       text        NOT NULL,
    body        text        NOT NULL,
    problem     text,
    solution    text,
    status      text,
    category    text,
    deleted     boolean     NOT NULL DEFAULT false,
    changed_by  text        NOT NULL DEFAULT session_user,
    changed_at  timestamptz NOT NULL DEFAULT now(),
    change_id   uuid        NOT NULL,
    seq         bigint      NOT NULL,
    PRIMARY KEY (team, id)
);
CREATE INDEX entry_by_seq ON entry (team, seq);

-- The change log: every applied change once (its id unique within the team, so a change sent twice is applied
-- once), in the order of a sequence. Writes of one team take a lock first, so seq order is commit order.
CREATE TABLE change (
    seq         bigserial   PRIMARY KEY,
    team        text        NOT NULL REFERENCES team (name) ON DELETE CASCADE,
    change_id   uuid        NOT NULL,
    entry_id    uuid        NOT NULL,
    version     bigint      NOT NULL,
    action      text        NOT NULL,
    changed_by  text        NOT NULL DEFAULT session_user,
    changed_at  timestamptz NOT NULL DEFAULT now(),
    UNIQUE (team, change_id)
);

-- The teams of the role that logged in. SECURITY DEFINER: it reads member as its owner, whom row-level security
-- does not bind (a policy on member that read member itself would recurse).
CREATE FUNCTION my_teams() RETURNS SETOF text LANGUAGE sql STABLE SECURITY DEFINER
    SET search_path = nexus_hub, pg_temp
    AS $$ SELECT team FROM member WHERE role_name = session_user $$;

-- Whether a team exists, for a clear message to someone who is not in it.
CREATE FUNCTION team_exists(wanted text) RETURNS boolean LANGUAGE sql STABLE SECURITY DEFINER
    SET search_path = nexus_hub, pg_temp
    AS $$ SELECT EXISTS (SELECT 1 FROM team WHERE name = wanted) $$;

ALTER TABLE team ENABLE ROW LEVEL SECURITY;
ALTER TABLE member ENABLE ROW LEVEL SECURITY;
ALTER TABLE entry ENABLE ROW LEVEL SECURITY;
ALTER TABLE change ENABLE ROW LEVEL SECURITY;

CREATE POLICY my_teams_only ON team USING (name IN (SELECT my_teams()));
CREATE POLICY my_teams_only ON member USING (team IN (SELECT my_teams()));
-- A member writes only in their teams, and only in their own name.
CREATE POLICY my_teams_only ON entry USING (team IN (SELECT my_teams()))
    WITH CHECK (team IN (SELECT my_teams()) AND changed_by = session_user);
CREATE POLICY my_teams_only ON change USING (team IN (SELECT my_teams()))
    WITH CHECK (team IN (SELECT my_teams()) AND changed_by = session_user);

REVOKE ALL ON FUNCTION my_teams() FROM PUBLIC;
REVOKE ALL ON FUNCTION team_exists(text) FROM PUBLIC;
