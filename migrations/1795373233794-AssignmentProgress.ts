import { MigrationInterface, QueryRunner } from "typeorm";
import { AssignmentProgressService } from "../apps/api/src/progress/assignment-progress.service.js";

export class AssignmentProgress1795373233794 implements MigrationInterface {
    name = 'AssignmentProgress1795373233794'

    public async up(queryRunner: QueryRunner): Promise<void> {
        await queryRunner.query(`CREATE TABLE "assignment_progress" ("person_id" uuid NOT NULL, "item_type" text NOT NULL, "item_id" uuid NOT NULL, "organization_id" uuid NOT NULL, "department_id" uuid, "team_id" uuid, "due_at" TIMESTAMP WITH TIME ZONE, "status" text NOT NULL, "completed_at" TIMESTAMP WITH TIME ZONE, "updated_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "PK_9c16cd93000de873fcd37b394b4" PRIMARY KEY ("person_id", "item_type", "item_id"))`);
        await queryRunner.query(`CREATE INDEX "assignment_progress_department" ON "assignment_progress"  ("organization_id", "department_id") `);
        await queryRunner.query(`CREATE INDEX "assignment_progress_item" ON "assignment_progress"  ("organization_id", "item_type", "item_id") `);
        // Existing organizations: fill the table from their assignments and progress, with the
        // same service that keeps it up to date from now on.
        const organizations: { id: string }[] = await queryRunner.query(`SELECT id FROM organization`);
        for (const org of organizations) await new AssignmentProgressService().rebuild(queryRunner.manager, org.id);
    }

    public async down(queryRunner: QueryRunner): Promise<void> {
        await queryRunner.query(`DROP INDEX "public"."assignment_progress_item"`);
        await queryRunner.query(`DROP INDEX "public"."assignment_progress_department"`);
        await queryRunner.query(`DROP TABLE "assignment_progress"`);
    }

}
