/**
 * Scopes of the advanced services the stand-in provides. gas-types-detailed does not
 * document them (they are REST APIs called with the script's OAuth token), so each entry
 * is copied by hand from the method's REST reference page (`ref`). Apps Script names
 * a REST `delete` method `remove`; `rest` is the id Google prints in its errors.
 * Only the long-standing scopes are listed (calendar, calendar.events, drive.file, …), not
 * the granular ones added later (calendar.app.created, calendar.events.owned, …).
 */

export interface AdvancedMethod {
  /** The REST method id, as in "API call to calendar.events.insert failed …". */
  rest: string;
  scopes: string[];
  ref: string;
}

const AUTH = 'https://www.googleapis.com/auth/';
const CAL_REF = 'https://developers.google.com/calendar/api/v3/reference/events/';
const DRIVE_REF = 'https://developers.google.com/drive/api/reference/rest/v3/';
const CAL_WRITE = ['calendar', 'calendar.events'];
const CAL_READ = ['calendar', 'calendar.readonly', 'calendar.events', 'calendar.events.readonly'];
const DRIVE_WRITE = ['drive', 'drive.appdata', 'drive.file'];
const DRIVE_READ = [
  'drive',
  'drive.appdata',
  'drive.file',
  'drive.metadata',
  'drive.metadata.readonly',
  'drive.photos.readonly',
  'drive.readonly',
];
const DRIVE_SHARE_READ = ['drive', 'drive.file', 'drive.metadata', 'drive.metadata.readonly', 'drive.readonly'];

const calendar = (method: string, scopes: string[], rest = method): [string, AdvancedMethod] => [
  `Calendar.Events.${method}`,
  { rest: `calendar.events.${rest}`, scopes: scopes.map((s) => AUTH + s), ref: CAL_REF + rest },
];
const drive = (cls: string, method: string, scopes: string[], rest = method): [string, AdvancedMethod] => [
  `Drive.${cls}.${method}`,
  {
    rest: `drive.${cls.toLowerCase()}.${rest}`,
    scopes: scopes.map((s) => AUTH + s),
    ref: `${DRIVE_REF}${cls.toLowerCase()}/${rest}`,
  },
];

/** Stand-in key ('Calendar.Events.insert', 'Drive.Files.create') → REST id, scopes and source. */
export const ADVANCED_METHODS: ReadonlyMap<string, AdvancedMethod> = new Map([
  calendar('insert', CAL_WRITE),
  calendar('patch', CAL_WRITE),
  calendar('update', CAL_WRITE),
  calendar('remove', CAL_WRITE, 'delete'),
  calendar('get', CAL_READ),
  calendar('list', CAL_READ),
  drive('Files', 'create', DRIVE_WRITE),
  drive('Files', 'copy', [...DRIVE_WRITE, 'drive.photos.readonly']),
  drive('Files', 'update', [...DRIVE_WRITE, 'drive.metadata', 'drive.scripts']),
  drive('Files', 'remove', DRIVE_WRITE, 'delete'),
  drive('Files', 'get', DRIVE_READ),
  drive('Files', 'list', DRIVE_READ),
  drive('Files', 'export', ['drive', 'drive.file', 'drive.readonly']),
  drive('Permissions', 'create', ['drive', 'drive.file']),
  drive('Permissions', 'update', ['drive', 'drive.file']),
  drive('Permissions', 'remove', ['drive', 'drive.file'], 'delete'),
  drive('Permissions', 'get', DRIVE_SHARE_READ),
  drive('Permissions', 'list', [...DRIVE_SHARE_READ, 'drive.photos.readonly']),
]);

/** The advanced services by manifest `serviceId`, with the global name Apps Script gives them by default. */
export const ADVANCED_SERVICES: ReadonlyMap<string, string> = new Map([
  ['calendar', 'Calendar'],
  ['drive', 'Drive'],
]);
