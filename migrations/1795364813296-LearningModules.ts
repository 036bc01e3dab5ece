/** Modules with immutable published versions, courses, attempts and the learning-event log. */
import { MigrationInterface, QueryRunner } from "typeorm";

export class LearningModules1795364813296 implements MigrationInterface {
    name = 'LearningModules1795364813296'

    public async up(queryRunner: QueryRunner): Promise<void> {
        await queryRunner.query(`CREATE TABLE "learning_module" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "organization_id" uuid NOT NULL, "slug" text NOT NULL, "kind" text NOT NULL, "title" text NOT NULL, "summary" text NOT NULL DEFAULT '', "industry" text NOT NULL DEFAULT '', "estimated_minutes" integer NOT NULL DEFAULT '15', "draft_content" jsonb NOT NULL, "status" text NOT NULL DEFAULT 'draft', "published_version_id" uuid, "published_version_number" integer NOT NULL DEFAULT '0', "created_by" uuid, "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "updated_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "version" integer NOT NULL, CONSTRAINT "PK_18059fa85d29772b550f94d3103" PRIMARY KEY ("id"))`);
        await queryRunner.query(`CREATE INDEX "learning_module_org_status" ON "learning_module"  ("organization_id", "status") `);
        await queryRunner.query(`CREATE UNIQUE INDEX "learning_module_org_slug_unique" ON "learning_module"  ("organization_id", "slug") `);
        await queryRunner.query(`CREATE TABLE "module_version" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "organization_id" uuid NOT NULL, "module_id" uuid NOT NULL, "number" integer NOT NULL, "kind" text NOT NULL, "title" text NOT NULL, "content" jsonb NOT NULL, "published_by" uuid, "published_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "PK_980f26dd3aaba44386ab0cef6d2" PRIMARY KEY ("id"))`);
        await queryRunner.query(`CREATE UNIQUE INDEX "module_version_module_number_unique" ON "module_version"  ("module_id", "number") `);
        await queryRunner.query(`CREATE TABLE "attempt" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "organization_id" uuid NOT NULL, "person_id" uuid NOT NULL, "module_id" uuid NOT NULL, "module_version_id" uuid NOT NULL, "kind" text NOT NULL, "state" text NOT NULL DEFAULT 'draft', "practice" boolean NOT NULL DEFAULT false, "answer" jsonb NOT NULL, "revision" integer NOT NULL DEFAULT '1', "score" integer, "score_details" jsonb, "summary" jsonb, "started_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "updated_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "submitted_at" TIMESTAMP WITH TIME ZONE, CONSTRAINT "PK_5f822b29b3128d1c65d3d6c193d" PRIMARY KEY ("id"))`);
        await queryRunner.query(`CREATE INDEX "attempt_module_state" ON "attempt"  ("organization_id", "module_id", "state") `);
        await queryRunner.query(`CREATE INDEX "attempt_person_module" ON "attempt"  ("organization_id", "person_id", "module_id") `);
        await queryRunner.query(`CREATE TABLE "course" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "organization_id" uuid NOT NULL, "slug" text NOT NULL, "title" text NOT NULL, "description" text NOT NULL DEFAULT '', "outcomes" text array NOT NULL DEFAULT '{}', "module_ids" uuid array NOT NULL, "completion_rule" jsonb NOT NULL, "status" text NOT NULL DEFAULT 'draft', "created_by" uuid, "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "updated_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "version" integer NOT NULL, CONSTRAINT "PK_bf95180dd756fd204fb01ce4916" PRIMARY KEY ("id"))`);
        await queryRunner.query(`CREATE UNIQUE INDEX "course_org_slug_unique" ON "course"  ("organization_id", "slug") `);
        await queryRunner.query(`CREATE TABLE "learning_event" ("id" BIGSERIAL NOT NULL, "organization_id" uuid NOT NULL, "actor_id" uuid NOT NULL, "module_id" uuid NOT NULL, "module_version_id" uuid NOT NULL, "attempt_id" uuid NOT NULL, "verb" text NOT NULL, "practice" boolean NOT NULL DEFAULT false, "result" jsonb, "at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "PK_20b28c750ed9e8a07cb98536802" PRIMARY KEY ("id"))`);
        await queryRunner.query(`CREATE INDEX "learning_event_actor" ON "learning_event"  ("organization_id", "actor_id", "at") `);
        await queryRunner.query(`CREATE INDEX "learning_event_org_at" ON "learning_event"  ("organization_id", "at") `);
        await queryRunner.query(`ALTER TABLE "learning_module" ADD CONSTRAINT "FK_1fb437a7f07b61327538dab64d5" FOREIGN KEY ("organization_id") REFERENCES "organization"("id") ON DELETE CASCADE ON UPDATE NO ACTION`);
        await queryRunner.query(`ALTER TABLE "module_version" ADD CONSTRAINT "FK_63778d0e76bd3b7bd128c77c5b0" FOREIGN KEY ("organization_id") REFERENCES "organization"("id") ON DELETE CASCADE ON UPDATE NO ACTION`);
        await queryRunner.query(`ALTER TABLE "module_version" ADD CONSTRAINT "FK_8916874e0452ec7b14f698b5f23" FOREIGN KEY ("module_id") REFERENCES "learning_module"("id") ON DELETE CASCADE ON UPDATE NO ACTION`);
        await queryRunner.query(`ALTER TABLE "attempt" ADD CONSTRAINT "FK_870647cbfb88455053b64196f6b" FOREIGN KEY ("organization_id") REFERENCES "organization"("id") ON DELETE CASCADE ON UPDATE NO ACTION`);
        await queryRunner.query(`ALTER TABLE "attempt" ADD CONSTRAINT "FK_bc83d1c1260fdd450fb3eec461d" FOREIGN KEY ("person_id") REFERENCES "person"("id") ON DELETE CASCADE ON UPDATE NO ACTION`);
        await queryRunner.query(`ALTER TABLE "attempt" ADD CONSTRAINT "FK_47e90bad0127cd636c8b5c41b65" FOREIGN KEY ("module_id") REFERENCES "learning_module"("id") ON DELETE CASCADE ON UPDATE NO ACTION`);
        await queryRunner.query(`ALTER TABLE "attempt" ADD CONSTRAINT "FK_71c6bb98a8f6438518cbc34844b" FOREIGN KEY ("module_version_id") REFERENCES "module_version"("id") ON DELETE RESTRICT ON UPDATE NO ACTION`);
        await queryRunner.query(`ALTER TABLE "course" ADD CONSTRAINT "FK_a689399339465273230b0fc2289" FOREIGN KEY ("organization_id") REFERENCES "organization"("id") ON DELETE CASCADE ON UPDATE NO ACTION`);
    }

    public async down(queryRunner: QueryRunner): Promise<void> {
        await queryRunner.query(`ALTER TABLE "course" DROP CONSTRAINT "FK_a689399339465273230b0fc2289"`);
        await queryRunner.query(`ALTER TABLE "attempt" DROP CONSTRAINT "FK_71c6bb98a8f6438518cbc34844b"`);
        await queryRunner.query(`ALTER TABLE "attempt" DROP CONSTRAINT "FK_47e90bad0127cd636c8b5c41b65"`);
        await queryRunner.query(`ALTER TABLE "attempt" DROP CONSTRAINT "FK_bc83d1c1260fdd450fb3eec461d"`);
        await queryRunner.query(`ALTER TABLE "attempt" DROP CONSTRAINT "FK_870647cbfb88455053b64196f6b"`);
        await queryRunner.query(`ALTER TABLE "module_version" DROP CONSTRAINT "FK_8916874e0452ec7b14f698b5f23"`);
        await queryRunner.query(`ALTER TABLE "module_version" DROP CONSTRAINT "FK_63778d0e76bd3b7bd128c77c5b0"`);
        await queryRunner.query(`ALTER TABLE "learning_module" DROP CONSTRAINT "FK_1fb437a7f07b61327538dab64d5"`);
        await queryRunner.query(`DROP INDEX "public"."learning_event_org_at"`);
        await queryRunner.query(`DROP INDEX "public"."learning_event_actor"`);
        await queryRunner.query(`DROP TABLE "learning_event"`);
        await queryRunner.query(`DROP INDEX "public"."course_org_slug_unique"`);
        await queryRunner.query(`DROP TABLE "course"`);
        await queryRunner.query(`DROP INDEX "public"."attempt_person_module"`);
        await queryRunner.query(`DROP INDEX "public"."attempt_module_state"`);
        await queryRunner.query(`DROP TABLE "attempt"`);
        await queryRunner.query(`DROP INDEX "public"."module_version_module_number_unique"`);
        await queryRunner.query(`DROP TABLE "module_version"`);
        await queryRunner.query(`DROP INDEX "public"."learning_module_org_slug_unique"`);
        await queryRunner.query(`DROP INDEX "public"."learning_module_org_status"`);
        await queryRunner.query(`DROP TABLE "learning_module"`);
    }

}
