/**
 * Real sheet protection: only the office account (the spreadsheet's owner, which runs the
 * engine) may edit the data sheets. Officials are editors of the spreadsheet only so that the
 * menu and sidebar appear; a hand edit by any of them is refused by Sheets itself.
 * @see https://developers.google.com/apps-script/reference/spreadsheet/protection
 */

/**
 * Protect `sheet` for the effective user alone (Google's own recipe: add me, remove every other
 * editor, no domain edit, not warning-only), keeping `open` ranges editable. Repairs a weaker
 * protection in place. Returns true when anything changed.
 */
export function protectForOfficeAccount(
  sheet: GoogleAppsScript.Spreadsheet.Sheet,
  description: string,
  open: GoogleAppsScript.Spreadsheet.Range[] = [],
): boolean {
  const existing = sheet.getProtections(SpreadsheetApp.ProtectionType.SHEET)[0];
  const p = existing ?? sheet.protect();
  let changed = !existing;
  if (p.getDescription() !== description) p.setDescription(description);
  if (p.isWarningOnly()) {
    p.setWarningOnly(false);
    changed = true;
  }
  // A protection "mirrors" the spreadsheet's sharing until its editor list is changed, so the
  // list is always set explicitly (Google's recipe: add me, then remove everyone else).
  const me = Session.getEffectiveUser();
  p.addEditor(me);
  const others = p.getEditors().filter((u) => u.getEmail() !== me.getEmail());
  if (others.length > 0) {
    p.removeEditors(others);
    changed = true;
  }
  if (p.canDomainEdit()) {
    p.setDomainEdit(false);
    changed = true;
  }
  if (open.length > 0) p.setUnprotectedRanges(open);
  return changed;
}
