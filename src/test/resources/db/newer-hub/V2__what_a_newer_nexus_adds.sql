-- Test only (HubRefusalsTest): what a newer Nexus's hub migration would leave behind. It changes the schema in a way
-- this version does not know and raises the generation, as db/hub/V1's comment asks of every such migration.
ALTER TABLE entry ADD COLUMN colour text;
UPDATE hub_fact SET value = '2' WHERE name = 'generation';
