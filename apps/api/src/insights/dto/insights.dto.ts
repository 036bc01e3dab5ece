import { ApiProperty } from '@nestjs/swagger';

export const MIN_GROUP_SIZE = 5;

export class StageRefDto {
  @ApiProperty() key: string;
  @ApiProperty() label: string;
}

export class HeatmapCellDto {
  @ApiProperty() stageKey: string;
  @ApiProperty({ description: 'Owning department or team' }) unitId: string;
  @ApiProperty() unitName: string;
  @ApiProperty({ description: 'People who logged a pain point here' }) people: number;
  @ApiProperty({ description: `True when fewer than ${MIN_GROUP_SIZE} people are behind the cell: its figures are withheld` }) withheld: boolean;
  @ApiProperty({ nullable: true, type: Number }) count: number | null;
  @ApiProperty({ nullable: true, type: Number }) meanSeverity: number | null;
  @ApiProperty({ type: String, isArray: true, description: 'Most common emotions, most frequent first' }) topEmotions: string[];
}

export class JourneyHeatmapDto {
  @ApiProperty({ format: 'uuid' }) moduleId: string;
  @ApiProperty() title: string;
  @ApiProperty({ description: 'People whose completed simulation is counted' }) people: number;
  @ApiProperty() withheld: boolean;
  @ApiProperty({ type: StageRefDto, isArray: true }) stages: StageRefDto[];
  @ApiProperty({ type: HeatmapCellDto, isArray: true }) cells: HeatmapCellDto[];
}

export class TallyDto {
  @ApiProperty() key: string;
  @ApiProperty() label: string;
  @ApiProperty({ nullable: true, type: Number, description: `Null when fewer than ${MIN_GROUP_SIZE} people` }) count: number | null;
}

export class RecallInsightDto {
  @ApiProperty({ description: 'People whose completed recall exercise is counted' }) people: number;
  @ApiProperty() withheld: boolean;
  @ApiProperty({ type: TallyDto, isArray: true, description: '"Has our organization created experiences like these?"' }) createdSimilar: TallyDto[];
  @ApiProperty({ type: TallyDto, isArray: true, description: 'Where in the journey' }) stages: TallyDto[];
  @ApiProperty({ type: TallyDto, isArray: true, description: 'Which team' }) units: TallyDto[];
}

export class StoryDto {
  @ApiProperty() story: string;
  @ApiProperty() moduleTitle: string;
  @ApiProperty({ description: 'Month it was shared (YYYY-MM)' }) sharedIn: string;
}

export class StoryLibraryDto {
  @ApiProperty() withheld: boolean;
  @ApiProperty({ type: StoryDto, isArray: true }) stories: StoryDto[];
}
