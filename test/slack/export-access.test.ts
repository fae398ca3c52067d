import { describe, expect, it } from 'vitest';
import { checkExportAccess } from '../../src/slack/export-upload.ts';

const asker = 'UASKER001';
const other = 'UOTHER002';

describe('checkExportAccess: who may upload or cancel an audience export', () => {
  it('lets only the asker when no user list is configured (anyone in a channel could press)', () => {
    const open = { allowedChannels: null, allowedUsers: null };
    expect(checkExportAccess(open, { channel: 'C1', user: asker }, asker)).toBeNull();
    expect(checkExportAccess(open, { channel: 'C1', user: other }, asker)).toBe('not-asker');
    expect(checkExportAccess(open, { channel: 'D1', user: other }, asker)).toBe('not-asker');
  });

  it('lets anyone the administrator allowed by TAKUMI_ALLOWED_USERS, and nobody else', () => {
    const listed = { allowedChannels: null, allowedUsers: [asker, other] };
    expect(checkExportAccess(listed, { channel: 'C1', user: other }, asker)).toBeNull();
    expect(checkExportAccess(listed, { channel: 'C1', user: 'UTHIRD003' }, asker)).toBe('user');
    // An asker taken off the list since asking may no longer upload.
    expect(checkExportAccess({ ...listed, allowedUsers: [other] }, { channel: 'C1', user: asker }, asker)).toBe('user');
  });

  it('applies the channel list as for questions (a DM is not such a channel)', () => {
    const channels = { allowedChannels: ['CALLOWED'], allowedUsers: null };
    expect(checkExportAccess(channels, { channel: 'COTHER', user: asker }, asker)).toBe('channel');
    expect(checkExportAccess(channels, { channel: 'CALLOWED', user: asker }, asker)).toBeNull();
    expect(checkExportAccess(channels, { channel: 'D0DIRECT', user: asker }, asker)).toBeNull();
  });
});
