/** Identity and tenancy: organizations, departments, teams and coaches, people, sessions, sign-in failures. */
import { MigrationInterface, QueryRunner } from "typeorm";

export class Init1795364288221 implements MigrationInterface {
    name = 'Init1795364288221'

    public async up(queryRunner: QueryRunner): Promise<void> {
        await queryRunner.query(`CREATE TABLE "login_failure" ("id" BIGSERIAL NOT NULL, "email" text NOT NULL, "ip" text NOT NULL, "at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "PK_5df78140d5d3f4afc249d879cdf" PRIMARY KEY ("id"))`);
        await queryRunner.query(`CREATE INDEX "login_failure_email_at" ON "login_failure"  ("email", "at") `);
        await queryRunner.query(`CREATE TABLE "organization" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "name" text NOT NULL, "slug" text NOT NULL, "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "UQ_a08804baa7c5d5427067c49a31f" UNIQUE ("slug"), CONSTRAINT "PK_472c1f99a32def1b0abb219cd67" PRIMARY KEY ("id"))`);
        await queryRunner.query(`CREATE TABLE "department" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "organization_id" uuid NOT NULL, "name" text NOT NULL, "name_key" text NOT NULL, "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "version" integer NOT NULL, CONSTRAINT "PK_9a2213262c1593bffb581e382f5" PRIMARY KEY ("id"))`);
        await queryRunner.query(`CREATE UNIQUE INDEX "department_org_name_unique" ON "department"  ("organization_id", "name_key") `);
        await queryRunner.query(`CREATE TABLE "team" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "organization_id" uuid NOT NULL, "department_id" uuid, "name" text NOT NULL, "name_key" text NOT NULL, "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "version" integer NOT NULL, CONSTRAINT "PK_f57d8293406df4af348402e4b74" PRIMARY KEY ("id"))`);
        await queryRunner.query(`CREATE INDEX "IDX_0674111c73f99b20d84f465507" ON "team"  ("department_id") `);
        await queryRunner.query(`CREATE UNIQUE INDEX "team_org_name_unique" ON "team"  ("organization_id", "name_key") `);
        await queryRunner.query(`CREATE TABLE "person" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "organization_id" uuid NOT NULL, "email" text NOT NULL, "name" text NOT NULL, "roles" text array NOT NULL DEFAULT '{employee}', "department_id" uuid, "team_id" uuid, "password_hash" text, "status" text NOT NULL DEFAULT 'invited', "invite_token_hash" text, "invite_expires_at" TIMESTAMP WITH TIME ZONE, "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "updated_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "version" integer NOT NULL, CONSTRAINT "PK_5fdaf670315c4b7e70cce85daa3" PRIMARY KEY ("id"))`);
        await queryRunner.query(`CREATE INDEX "IDX_529240bfd63666ae4ec116456b" ON "person"  ("organization_id") `);
        await queryRunner.query(`CREATE INDEX "IDX_72380b74998f166d9a2e7d47f0" ON "person"  ("department_id") `);
        await queryRunner.query(`CREATE INDEX "IDX_cb033a3b70363fb8a5de534fbc" ON "person"  ("team_id") `);
        await queryRunner.query(`CREATE UNIQUE INDEX "person_email_unique" ON "person"  ("email") `);
        await queryRunner.query(`CREATE TABLE "session" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "token_hash" text NOT NULL, "organization_id" uuid NOT NULL, "person_id" uuid NOT NULL, "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "expires_at" TIMESTAMP WITH TIME ZONE NOT NULL, "revoked_at" TIMESTAMP WITH TIME ZONE, CONSTRAINT "PK_f55da76ac1c3ac420f444d2ff11" PRIMARY KEY ("id"))`);
        await queryRunner.query(`CREATE UNIQUE INDEX "session_token_hash_unique" ON "session"  ("token_hash") `);
        await queryRunner.query(`CREATE INDEX "IDX_5c6e00902a1344d01a8d90f33c" ON "session"  ("person_id") `);
        await queryRunner.query(`CREATE TABLE "team_coach" ("team_id" uuid NOT NULL, "person_id" uuid NOT NULL, "organization_id" uuid NOT NULL, CONSTRAINT "PK_8bb5f456003dca44940d2b638e3" PRIMARY KEY ("team_id", "person_id"))`);
        await queryRunner.query(`CREATE INDEX "IDX_59041219d862e8cdf44f8530f8" ON "team_coach"  ("person_id") `);
        await queryRunner.query(`ALTER TABLE "department" ADD CONSTRAINT "FK_c37a08a62f5d1774d9180a9ff38" FOREIGN KEY ("organization_id") REFERENCES "organization"("id") ON DELETE CASCADE ON UPDATE NO ACTION`);
        await queryRunner.query(`ALTER TABLE "team" ADD CONSTRAINT "FK_b71618cf6c9cf1d30ff71b0320a" FOREIGN KEY ("organization_id") REFERENCES "organization"("id") ON DELETE CASCADE ON UPDATE NO ACTION`);
        await queryRunner.query(`ALTER TABLE "team" ADD CONSTRAINT "FK_0674111c73f99b20d84f4655075" FOREIGN KEY ("department_id") REFERENCES "department"("id") ON DELETE SET NULL ON UPDATE NO ACTION`);
        await queryRunner.query(`ALTER TABLE "person" ADD CONSTRAINT "FK_529240bfd63666ae4ec116456b9" FOREIGN KEY ("organization_id") REFERENCES "organization"("id") ON DELETE CASCADE ON UPDATE NO ACTION`);
        await queryRunner.query(`ALTER TABLE "person" ADD CONSTRAINT "FK_72380b74998f166d9a2e7d47f02" FOREIGN KEY ("department_id") REFERENCES "department"("id") ON DELETE SET NULL ON UPDATE NO ACTION`);
        await queryRunner.query(`ALTER TABLE "person" ADD CONSTRAINT "FK_cb033a3b70363fb8a5de534fbc7" FOREIGN KEY ("team_id") REFERENCES "team"("id") ON DELETE SET NULL ON UPDATE NO ACTION`);
        await queryRunner.query(`ALTER TABLE "session" ADD CONSTRAINT "FK_5c6e00902a1344d01a8d90f33cf" FOREIGN KEY ("person_id") REFERENCES "person"("id") ON DELETE CASCADE ON UPDATE NO ACTION`);
        await queryRunner.query(`ALTER TABLE "team_coach" ADD CONSTRAINT "FK_88b3e111225a0583b051384c95b" FOREIGN KEY ("team_id") REFERENCES "team"("id") ON DELETE CASCADE ON UPDATE NO ACTION`);
        await queryRunner.query(`ALTER TABLE "team_coach" ADD CONSTRAINT "FK_59041219d862e8cdf44f8530f8a" FOREIGN KEY ("person_id") REFERENCES "person"("id") ON DELETE CASCADE ON UPDATE NO ACTION`);
    }

    public async down(queryRunner: QueryRunner): Promise<void> {
        await queryRunner.query(`ALTER TABLE "team_coach" DROP CONSTRAINT "FK_59041219d862e8cdf44f8530f8a"`);
        await queryRunner.query(`ALTER TABLE "team_coach" DROP CONSTRAINT "FK_88b3e111225a0583b051384c95b"`);
        await queryRunner.query(`ALTER TABLE "session" DROP CONSTRAINT "FK_5c6e00902a1344d01a8d90f33cf"`);
        await queryRunner.query(`ALTER TABLE "person" DROP CONSTRAINT "FK_cb033a3b70363fb8a5de534fbc7"`);
        await queryRunner.query(`ALTER TABLE "person" DROP CONSTRAINT "FK_72380b74998f166d9a2e7d47f02"`);
        await queryRunner.query(`ALTER TABLE "person" DROP CONSTRAINT "FK_529240bfd63666ae4ec116456b9"`);
        await queryRunner.query(`ALTER TABLE "team" DROP CONSTRAINT "FK_0674111c73f99b20d84f4655075"`);
        await queryRunner.query(`ALTER TABLE "team" DROP CONSTRAINT "FK_b71618cf6c9cf1d30ff71b0320a"`);
        await queryRunner.query(`ALTER TABLE "department" DROP CONSTRAINT "FK_c37a08a62f5d1774d9180a9ff38"`);
        await queryRunner.query(`DROP INDEX "public"."IDX_59041219d862e8cdf44f8530f8"`);
        await queryRunner.query(`DROP TABLE "team_coach"`);
        await queryRunner.query(`DROP INDEX "public"."IDX_5c6e00902a1344d01a8d90f33c"`);
        await queryRunner.query(`DROP INDEX "public"."session_token_hash_unique"`);
        await queryRunner.query(`DROP TABLE "session"`);
        await queryRunner.query(`DROP INDEX "public"."person_email_unique"`);
        await queryRunner.query(`DROP INDEX "public"."IDX_cb033a3b70363fb8a5de534fbc"`);
        await queryRunner.query(`DROP INDEX "public"."IDX_72380b74998f166d9a2e7d47f0"`);
        await queryRunner.query(`DROP INDEX "public"."IDX_529240bfd63666ae4ec116456b"`);
        await queryRunner.query(`DROP TABLE "person"`);
        await queryRunner.query(`DROP INDEX "public"."team_org_name_unique"`);
        await queryRunner.query(`DROP INDEX "public"."IDX_0674111c73f99b20d84f465507"`);
        await queryRunner.query(`DROP TABLE "team"`);
        await queryRunner.query(`DROP INDEX "public"."department_org_name_unique"`);
        await queryRunner.query(`DROP TABLE "department"`);
        await queryRunner.query(`DROP TABLE "organization"`);
        await queryRunner.query(`DROP INDEX "public"."login_failure_email_at"`);
        await queryRunner.query(`DROP TABLE "login_failure"`);
    }

}
