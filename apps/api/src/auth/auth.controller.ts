import { Body, Controller, Get, HttpCode, Inject, Post, Req, Res } from '@nestjs/common';
import { ApiCookieAuth, ApiBearerAuth, ApiNoContentResponse, ApiOkResponse, ApiTags } from '@nestjs/swagger';
import { InjectRepository } from '@nestjs/typeorm';
import { Throttle } from '@nestjs/throttler';
import type { Request, Response } from 'express';
import type { Repository } from 'typeorm';
import { permissionsFor } from '#contracts';
import { APP_CONFIG, type AppConfig } from '../config/config.js';
import { DomainError } from '../common/errors/domain-error.js';
import { Person } from '../people/person.entity.js';
import { AuthService, type SignedIn } from './auth.service.js';
import { AcceptInviteDto, LoginDto } from './dto/login.dto.js';
import { LoginResponseDto, MeDto } from './dto/me.dto.js';
import { CurrentPrincipal, Public, RequirePermission } from './policy.decorators.js';
import type { Principal } from './principal.js';

@ApiTags('auth')
@Controller('auth')
export class AuthController {
  constructor(
    private readonly auth: AuthService,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
    @InjectRepository(Person) private readonly people: Repository<Person>,
  ) {}

  @Public()
  @Throttle({ default: { limit: 20, ttl: 60_000 } })
  @Post('login')
  @HttpCode(200)
  @ApiOkResponse({ type: LoginResponseDto })
  async login(@Body() body: LoginDto, @Req() req: Request, @Res({ passthrough: true }) res: Response): Promise<LoginResponseDto> {
    return this.signIn(await this.auth.login(body.email, body.password, req.ip ?? 'unknown'), res);
  }

  @Public()
  @Throttle({ default: { limit: 20, ttl: 60_000 } })
  @Post('accept-invite')
  @HttpCode(200)
  @ApiOkResponse({ type: LoginResponseDto })
  async acceptInvite(@Body() body: AcceptInviteDto, @Res({ passthrough: true }) res: Response): Promise<LoginResponseDto> {
    return this.signIn(await this.auth.acceptInvite(body.token, body.password), res);
  }

  @RequirePermission('profile.read')
  @Post('logout')
  @HttpCode(204)
  @ApiCookieAuth()
  @ApiBearerAuth()
  @ApiNoContentResponse()
  async logout(@CurrentPrincipal() principal: Principal, @Res({ passthrough: true }) res: Response): Promise<void> {
    await this.auth.logout(principal.sessionId);
    res.clearCookie(this.config.session.cookieName, { path: '/' });
  }

  @RequirePermission('profile.read')
  @Get('me')
  @ApiCookieAuth()
  @ApiBearerAuth()
  @ApiOkResponse({ type: MeDto })
  me(@CurrentPrincipal() principal: Principal): Promise<MeDto> {
    return this.describe(principal.personId, principal.organizationId);
  }

  private async signIn(signedIn: SignedIn, res: Response): Promise<LoginResponseDto> {
    res.cookie(this.config.session.cookieName, signedIn.token, {
      httpOnly: true,
      sameSite: 'lax',
      secure: this.config.session.cookieSecure,
      path: '/',
      expires: signedIn.expiresAt,
    });
    return {
      user: await this.describe(signedIn.person.id, signedIn.person.organizationId),
      token: signedIn.token,
      expiresAt: signedIn.expiresAt.toISOString(),
    };
  }

  private async describe(personId: string, organizationId: string): Promise<MeDto> {
    const p = await this.people.findOne({
      where: { id: personId, organizationId },
      relations: { organization: true, department: true, team: true },
    });
    if (!p?.organization) throw DomainError.notFound('The person');
    return {
      id: p.id,
      email: p.email,
      name: p.name,
      roles: p.roles,
      permissions: permissionsFor(p.roles),
      organization: { id: p.organization.id, name: p.organization.name },
      department: p.department ? { id: p.department.id, name: p.department.name } : null,
      team: p.team ? { id: p.team.id, name: p.team.name } : null,
    };
  }
}
