import { Body, Controller, Get, HttpCode, Param, ParseUUIDPipe, Patch, Post } from '@nestjs/common';
import { ApiBearerAuth, ApiCookieAuth, ApiCreatedResponse, ApiOkResponse, ApiTags } from '@nestjs/swagger';
import { CurrentPrincipal, RequirePermission } from '../auth/policy.decorators.js';
import type { Principal } from '../auth/principal.js';
import { VersionDto } from '../modules/dto/modules.dto.js';
import { CoursesService } from './courses.service.js';
import { CourseDto, CreateCourseDto, UpdateCourseDto } from './dto/courses.dto.js';

@ApiTags('courses')
@ApiCookieAuth()
@ApiBearerAuth()
@Controller('courses')
export class CoursesController {
  constructor(private readonly courses: CoursesService) {}

  @RequirePermission('courses.read')
  @Get()
  @ApiOkResponse({ type: CourseDto, isArray: true })
  list(@CurrentPrincipal() me: Principal): Promise<CourseDto[]> {
    return this.courses.list(me);
  }

  @RequirePermission('courses.read')
  @Get(':id')
  @ApiOkResponse({ type: CourseDto })
  get(@CurrentPrincipal() me: Principal, @Param('id', ParseUUIDPipe) id: string): Promise<CourseDto> {
    return this.courses.get(me, id);
  }

  @RequirePermission('courses.author')
  @Post()
  @ApiCreatedResponse({ type: CourseDto })
  create(@CurrentPrincipal() me: Principal, @Body() body: CreateCourseDto): Promise<CourseDto> {
    return this.courses.create(me, body);
  }

  @RequirePermission('courses.author')
  @Patch(':id')
  @ApiOkResponse({ type: CourseDto })
  update(@CurrentPrincipal() me: Principal, @Param('id', ParseUUIDPipe) id: string, @Body() body: UpdateCourseDto): Promise<CourseDto> {
    return this.courses.update(me, id, body);
  }

  @RequirePermission('courses.author')
  @Post(':id/publish')
  @HttpCode(200)
  @ApiOkResponse({ type: CourseDto })
  publish(@CurrentPrincipal() me: Principal, @Param('id', ParseUUIDPipe) id: string, @Body() body: VersionDto): Promise<CourseDto> {
    return this.courses.setStatus(me, id, body.version, 'published');
  }

  @RequirePermission('courses.author')
  @Post(':id/archive')
  @HttpCode(200)
  @ApiOkResponse({ type: CourseDto })
  archive(@CurrentPrincipal() me: Principal, @Param('id', ParseUUIDPipe) id: string, @Body() body: VersionDto): Promise<CourseDto> {
    return this.courses.setStatus(me, id, body.version, 'archived');
  }
}
