import { scopeAdvice, scopesInMessage } from '../../src/core/zoom-error-codes';

describe('scopesInMessage', () => {
  it("reads the scope names out of Zoom's message, however it is spaced", () => {
    expect(
      scopesInMessage(
        'Invalid access token, does not contain scopes:[meeting:write:meeting, meeting:write:meeting:admin].',
      ),
    ).toEqual(['meeting:write:meeting', 'meeting:write:meeting:admin']);
    expect(scopesInMessage('does not contain Scopes : [ user:read:admin ,recording:read:admin ]')).toEqual([
      'user:read:admin',
      'recording:read:admin',
    ]);
  });
  it('finds no scope in an empty list, a list of blanks, or a message without one', () => {
    expect(scopesInMessage('does not contain scopes:[]')).toEqual([]);
    expect(scopesInMessage('does not contain scopes:[ , ]')).toEqual([]);
    expect(scopesInMessage('Invalid access token.')).toEqual([]);
  });
});

describe('scopeAdvice', () => {
  it('names the missing scopes when Zoom does', () => {
    expect(scopeAdvice('Invalid access token, does not contain scopes:[meeting:read:meeting, user:read:admin].')).toBe(
      'Aplikasi Zoom (Server-to-Server OAuth) belum diberi izin (scope) yang dibutuhkan: meeting:read:meeting, user:read:admin. Kredensialnya benar. Tambahkan izin itu di Zoom App Marketplace (aplikasi › Scopes), lalu jalankan "Tes koneksi" di Pengaturan.',
    );
  });
  it('says the same without a list when Zoom names none', () => {
    expect(scopeAdvice('Invalid access token.')).toBe(
      'Aplikasi Zoom (Server-to-Server OAuth) belum diberi izin (scope) yang dibutuhkan. Kredensialnya benar. Tambahkan izin itu di Zoom App Marketplace (aplikasi › Scopes), lalu jalankan "Tes koneksi" di Pengaturan.',
    );
  });
});
