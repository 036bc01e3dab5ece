import { ApiProperty } from '@nestjs/swagger';

const records = { type: 'array', items: { type: 'object', additionalProperties: true } } as const;

/** Everything Footsteps holds about the person asking, as one JSON document. */
export class PersonalDataExportDto {
  @ApiProperty({ format: 'date-time' }) exportedAt: string;
  @ApiProperty({ type: 'object', additionalProperties: true, description: 'Profile: name, e-mail, roles, department, team, status' })
  person: Record<string, unknown>;
  @ApiProperty({ ...records, description: 'Every attempt, practice included, with the answers, scores, overrides and the comments on it' })
  attempts: Record<string, unknown>[];
  @ApiProperty({ ...records, description: 'The learning-event log of the person' })
  learningEvents: Record<string, unknown>[];
  @ApiProperty({ ...records, description: 'What is assigned to the person, with due dates' })
  assignments: Record<string, unknown>[];
  @ApiProperty({ ...records, description: 'Notifications sent to the person' })
  notifications: Record<string, unknown>[];
  @ApiProperty({ ...records, description: "Who read the person's written work, and when" })
  readsOfMyWork: Record<string, unknown>[];
  @ApiProperty({ ...records, description: 'Sign-in sessions (never their tokens)' })
  sessions: Record<string, unknown>[];
}
