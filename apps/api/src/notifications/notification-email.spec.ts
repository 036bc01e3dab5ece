import { composeEmail } from './notification-email.js';

describe('composeEmail', () => {
  const n = { title: 'Due in 2 days: Listening first', body: 'Your module “Listening first” is due soon.', link: '/learning', name: 'Maya Ortiz' };

  it('greets by first name and links into Footsteps when the public address is known', () => {
    const mail = composeEmail(n, 'https://footsteps.example.com/');
    expect(mail.subject).toBe('Footsteps: Due in 2 days: Listening first');
    expect(mail.text).toMatch(/^Hello Maya,\n\nYour module “Listening first” is due soon\./);
    expect(mail.text).toContain('Open Footsteps: https://footsteps.example.com/learning');
  });

  it('keeps a path prefix of the public address and works without one', () => {
    expect(composeEmail(n, 'https://example.com/footsteps').text).toContain('https://example.com/footsteps/learning');
    const plain = composeEmail({ ...n, name: '' });
    expect(plain.text).toMatch(/^Hello,\n/);
    expect(plain.text).toContain('next sign in to Footsteps');
    expect(plain.text).not.toContain('http');
  });

  it('never lets a title break the subject line', () => {
    expect(composeEmail({ ...n, title: 'One\r\nBcc: someone@example.com' }).subject).toBe('Footsteps: One Bcc: someone@example.com');
  });
});
