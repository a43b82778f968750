/** A filled-in Pengaturan for the settings tests: the Tarakan office (WITA, its own SOP), every value off its default. */
import { DEFAULT_SETTINGS, type Settings } from '../../src/core/settings';

/** Diskominfo Kota Tarakan's settings. */
export const TARAKAN_OFFICE: Settings = {
  ...DEFAULT_SETTINGS,
  officeName: 'Diskominfo Kota Tarakan',
  officeEmail: 'vicon@tarakan.go.id',
  timeZone: 'Asia/Makassar',
  presetId: '001-tarakan',
  minLeadDays: 2,
  maxDurationHours: 6,
  letterCode: '400.14',
  officeHoursStart: '08:00',
  officeHoursEnd: '15:30',
  bufferMinutes: 10,
  letterGovernment: 'PEMERINTAH KOTA TARAKAN',
  officeAddress: 'Jl. Sudirman No. 1',
  letterCity: 'Tarakan',
  signerName: 'Budi',
  signerNip: '19700101 199001 1 001',
  signerPosition: 'Kepala Dinas',
  templateApproval: 'doc-1',
};
