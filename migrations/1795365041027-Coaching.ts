/** Coaching and HR: assignments, stored module progress, review comments and score overrides, the audit log, notifications. */
import { MigrationInterface, QueryRunner } from "typeorm";

export class Coaching1795365041027 implements MigrationInterface {
    name = 'Coaching1795365041027'

    public async up(queryRunner: QueryRunner): Promise<void> {
        await queryRunner.query(`CREATE TABLE "assignment" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "organization_id" uuid NOT NULL, "target_type" text NOT NULL, "target_id" uuid NOT NULL, "item_type" text NOT NULL, "item_id" uuid NOT NULL, "due_at" TIMESTAMP WITH TIME ZONE, "note" text NOT NULL DEFAULT '', "assigned_by" uuid NOT NULL, "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "revoked_at" TIMESTAMP WITH TIME ZONE, CONSTRAINT "PK_43c2f5a3859f54cedafb270f37e" PRIMARY KEY ("id"))`);
        await queryRunner.query(`CREATE INDEX "IDX_0d1a69b465dd5f41fd194e3775" ON "assignment"  ("assigned_by") `);
        await queryRunner.query(`CREATE INDEX "assignment_item" ON "assignment"  ("organization_id", "item_type", "item_id") `);
        await queryRunner.query(`CREATE INDEX "assignment_target" ON "assignment"  ("organization_id", "target_type", "target_id") WHERE revoked_at IS NULL`);
        await queryRunner.query(`CREATE TABLE "audit_entry" ("id" BIGSERIAL NOT NULL, "organization_id" uuid NOT NULL, "actor_id" uuid NOT NULL, "subject_id" uuid NOT NULL, "action" text NOT NULL, "target" text NOT NULL, "at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "PK_58a130a4b9da189f46ba2a01801" PRIMARY KEY ("id"))`);
        await queryRunner.query(`CREATE INDEX "audit_entry_org_at" ON "audit_entry"  ("organization_id", "at") `);
        await queryRunner.query(`CREATE TABLE "notification" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "organization_id" uuid NOT NULL, "person_id" uuid NOT NULL, "kind" text NOT NULL, "title" text NOT NULL, "body" text NOT NULL, "link" text, "dedupe_key" text NOT NULL, "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "read_at" TIMESTAMP WITH TIME ZONE, "emailed_at" TIMESTAMP WITH TIME ZONE, "email_attempts" integer NOT NULL DEFAULT '0', CONSTRAINT "PK_705b6c7cdf9b2c2ff7ac7872cb7" PRIMARY KEY ("id"))`);
        await queryRunner.query(`CREATE INDEX "notification_person" ON "notification"  ("organization_id", "person_id", "created_at") `);
        await queryRunner.query(`CREATE UNIQUE INDEX "notification_dedupe_unique" ON "notification"  ("dedupe_key") `);
        await queryRunner.query(`CREATE TABLE "module_progress" ("person_id" uuid NOT NULL, "module_id" uuid NOT NULL, "organization_id" uuid NOT NULL, "status" text NOT NULL, "percent" integer NOT NULL, "score" integer, "completed_at" TIMESTAMP WITH TIME ZONE, "updated_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "PK_1144172ee50ff7955a59412b1f3" PRIMARY KEY ("person_id", "module_id"))`);
        await queryRunner.query(`CREATE INDEX "module_progress_module" ON "module_progress"  ("organization_id", "module_id", "status") `);
        await queryRunner.query(`CREATE TABLE "attempt_comment" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "organization_id" uuid NOT NULL, "attempt_id" uuid NOT NULL, "author_id" uuid NOT NULL, "anchor" text, "body" text NOT NULL, "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "PK_e509b6e6a213be9810de4dcfc27" PRIMARY KEY ("id"))`);
        await queryRunner.query(`CREATE INDEX "attempt_comment_attempt" ON "attempt_comment"  ("attempt_id", "created_at") `);
        await queryRunner.query(`ALTER TABLE "attempt" ADD "override_score" integer`);
        await queryRunner.query(`ALTER TABLE "attempt" ADD "override_reason" text`);
        await queryRunner.query(`ALTER TABLE "attempt" ADD "overridden_by" uuid`);
        await queryRunner.query(`ALTER TABLE "attempt" ADD "overridden_at" TIMESTAMP WITH TIME ZONE`);
        await queryRunner.query(`ALTER TABLE "assignment" ADD CONSTRAINT "FK_9b30528527cbdfbf41dad904c09" FOREIGN KEY ("organization_id") REFERENCES "organization"("id") ON DELETE CASCADE ON UPDATE NO ACTION`);
        await queryRunner.query(`ALTER TABLE "attempt_comment" ADD CONSTRAINT "FK_3ba0dff91827690cc89961c2a6c" FOREIGN KEY ("attempt_id") REFERENCES "attempt"("id") ON DELETE CASCADE ON UPDATE NO ACTION`);
    }

    public async down(queryRunner: QueryRunner): Promise<void> {
        await queryRunner.query(`ALTER TABLE "attempt_comment" DROP CONSTRAINT "FK_3ba0dff91827690cc89961c2a6c"`);
        await queryRunner.query(`ALTER TABLE "assignment" DROP CONSTRAINT "FK_9b30528527cbdfbf41dad904c09"`);
        await queryRunner.query(`ALTER TABLE "attempt" DROP COLUMN "overridden_at"`);
        await queryRunner.query(`ALTER TABLE "attempt" DROP COLUMN "overridden_by"`);
        await queryRunner.query(`ALTER TABLE "attempt" DROP COLUMN "override_reason"`);
        await queryRunner.query(`ALTER TABLE "attempt" DROP COLUMN "override_score"`);
        await queryRunner.query(`DROP INDEX "public"."attempt_comment_attempt"`);
        await queryRunner.query(`DROP TABLE "attempt_comment"`);
        await queryRunner.query(`DROP INDEX "public"."module_progress_module"`);
        await queryRunner.query(`DROP TABLE "module_progress"`);
        await queryRunner.query(`DROP INDEX "public"."notification_dedupe_unique"`);
        await queryRunner.query(`DROP INDEX "public"."notification_person"`);
        await queryRunner.query(`DROP TABLE "notification"`);
        await queryRunner.query(`DROP INDEX "public"."audit_entry_org_at"`);
        await queryRunner.query(`DROP TABLE "audit_entry"`);
        await queryRunner.query(`DROP INDEX "public"."assignment_target"`);
        await queryRunner.query(`DROP INDEX "public"."assignment_item"`);
        await queryRunner.query(`DROP INDEX "public"."IDX_0d1a69b465dd5f41fd194e3775"`);
        await queryRunner.query(`DROP TABLE "assignment"`);
    }

}
