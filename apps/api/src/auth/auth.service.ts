import { Inject, Injectable } from '@nestjs/common';
import { InjectDataSource, InjectRepository } from '@nestjs/typeorm';
import { DataSource, IsNull, MoreThan, type Repository } from 'typeorm';
import { permissionsFor, type Role } from '#contracts';
import { APP_CONFIG, type AppConfig } from '../config/config.js';
import { DomainError } from '../common/errors/domain-error.js';
import { readRows } from '../database/pool.js';
import { Person } from '../people/person.entity.js';
import { LoginFailure } from './login-failure.entity.js';
import { decoyPasswordHash, hashPassword, verifyPassword } from './passwords.js';
import type { Principal } from './principal.js';
import { Session } from './session.entity.js';
import { SESSION_BY_TOKEN_SQL } from './session-sql.js';
import { hashToken, newToken } from './tokens.js';

export interface SignedIn {
  token: string;
  expiresAt: Date;
  person: Person;
}

@Injectable()
export class AuthService {
  constructor(
    @Inject(APP_CONFIG) private readonly config: AppConfig,
    @InjectDataSource() private readonly db: DataSource,
    @InjectRepository(Person) private readonly people: Repository<Person>,
    @InjectRepository(Session) private readonly sessions: Repository<Session>,
    @InjectRepository(LoginFailure) private readonly failures: Repository<LoginFailure>,
  ) {}

  async login(emailInput: string, password: string, ip: string): Promise<SignedIn> {
    const email = emailInput.trim().toLowerCase();
    await this.assertNotLocked(email);
    const person = await this.people
      .createQueryBuilder('p')
      .addSelect('p.passwordHash')
      .where('p.email = :email', { email })
      .getOne();
    const hash = person?.status === 'active' ? person.passwordHash : null;
    const ok = await verifyPassword(hash ?? (await decoyPasswordHash()), password);
    if (!person || !hash || !ok) {
      await this.failures.insert({ email, ip });
      throw new DomainError('INVALID_CREDENTIALS', 'The e-mail or password is not correct.');
    }
    return this.startSession(person);
  }

  /** Sets a password from an invitation and signs the person in. */
  async acceptInvite(token: string, password: string): Promise<SignedIn> {
    const person = await this.people
      .createQueryBuilder('p')
      .addSelect('p.inviteTokenHash')
      .where('p.inviteTokenHash = :h', { h: hashToken(token, this.config.session.secret) })
      .andWhere('p.inviteExpiresAt > now()')
      .getOne();
    if (!person) throw new DomainError('NOT_FOUND', 'This invitation is not valid or has expired.');
    await this.people.update(
      { id: person.id },
      { passwordHash: await hashPassword(password), status: 'active', inviteTokenHash: null, inviteExpiresAt: null },
    );
    return this.startSession(person);
  }

  async authenticate(token: string, via: Principal['via']): Promise<Principal | null> {
    // One plain statement on the pool: this runs on every request, and building it with the
    // query builder and hydrating a session and a person cost more than the query itself.
    const [session] = await readRows<{ id: string; organization_id: string; person_id: string; roles: Role[]; status: Person['status'] }>(
      this.db,
      SESSION_BY_TOKEN_SQL,
      [hashToken(token, this.config.session.secret), new Date()],
    );
    if (!session || session.status !== 'active') return null;
    const roles = session.roles;
    return {
      personId: session.person_id,
      organizationId: session.organization_id,
      roles,
      permissions: permissionsFor(roles),
      sessionId: session.id,
      via,
    };
  }

  async logout(sessionId: string): Promise<void> {
    await this.sessions.update({ id: sessionId, revokedAt: IsNull() }, { revokedAt: new Date() });
  }

  /** Ends every session of a person, e.g. when an admin removes their access. */
  async revokeAll(personId: string): Promise<void> {
    await this.sessions.update({ personId, revokedAt: IsNull() }, { revokedAt: new Date() });
  }

  private async startSession(person: Person): Promise<SignedIn> {
    const token = newToken();
    const expiresAt = new Date(Date.now() + this.config.session.ttlHours * 3_600_000);
    await this.sessions.insert({
      tokenHash: hashToken(token, this.config.session.secret),
      organizationId: person.organizationId,
      personId: person.id,
      expiresAt,
    });
    return { token, expiresAt, person };
  }

  private async assertNotLocked(email: string): Promise<void> {
    const { maxFailures, lockMinutes } = this.config.login;
    const since = new Date(Date.now() - lockMinutes * 60_000);
    const recent = await this.failures.find({
      where: { email, at: MoreThan(since) },
      order: { at: 'DESC' },
      take: maxFailures,
    });
    if (recent.length < maxFailures) return;
    const oldest = recent[recent.length - 1]!.at.getTime();
    const retryAfterSeconds = Math.max(1, Math.ceil((oldest + lockMinutes * 60_000 - Date.now()) / 1000));
    throw new DomainError('TOO_MANY_REQUESTS', 'Too many failed sign-in attempts. Please wait before trying again.', {
      extra: { retryAfterSeconds },
    });
  }
}
