import { Controller, Get, Header } from '@nestjs/common';
import { ApiBearerAuth, ApiCookieAuth, ApiOkResponse, ApiTags } from '@nestjs/swagger';
import { CurrentPrincipal, RequirePermission } from '../auth/policy.decorators.js';
import type { Principal } from '../auth/principal.js';
import { PersonalDataExportDto } from './dto/personal-data.dto.js';
import { PersonalDataService } from './personal-data.service.js';

@ApiTags('personal data')
@ApiCookieAuth()
@ApiBearerAuth()
@Controller()
export class PersonalDataController {
  constructor(private readonly data: PersonalDataService) {}

  /** Everything Footsteps holds about the caller, as a JSON file to keep. */
  @RequirePermission('profile.read')
  @Get('me/export')
  @Header('Content-Disposition', 'attachment; filename="footsteps-my-data.json"')
  @Header('Cache-Control', 'no-store')
  @ApiOkResponse({ type: PersonalDataExportDto })
  export(@CurrentPrincipal() me: Principal): Promise<PersonalDataExportDto> {
    return this.data.export(me);
  }
}
