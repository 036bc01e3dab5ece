import type { MigrationInterface, QueryRunner } from 'typeorm';

/** The learning-event log is append-only: the database itself refuses UPDATE and DELETE. */
export class LearningEventsAppendOnly1795364813297 implements MigrationInterface {
  name = 'LearningEventsAppendOnly1795364813297';

  public async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`
      CREATE FUNCTION learning_event_append_only() RETURNS trigger LANGUAGE plpgsql AS $$
      BEGIN
        RAISE EXCEPTION 'learning_event is append-only: % is not allowed', TG_OP USING ERRCODE = 'insufficient_privilege';
      END
      $$`);
    await queryRunner.query(`
      CREATE TRIGGER learning_event_append_only BEFORE UPDATE OR DELETE ON learning_event
      FOR EACH ROW EXECUTE FUNCTION learning_event_append_only()`);
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query('DROP TRIGGER learning_event_append_only ON learning_event');
    await queryRunner.query('DROP FUNCTION learning_event_append_only()');
  }
}
