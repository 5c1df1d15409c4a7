import type { Text } from '../../../shared/i18n';

/** What coordinators are told when the tenant's policy keeps the bot from reaching a person. */
export const installBlocked: Text = {
  nb: 'Lederbot kan ikke sende meldinger til {name} ({cohort}): organisasjonens policy for Teams-apper tillater ikke at Lederbot installeres for {name}, '
    + 'så boten får ikke åpnet en chat med personen. Beskjeder om nominasjonen, samlingene og sjekk-inn når ikke fram. '
    + 'Be en Teams-administrator tillate Lederbot for {name} (Teams-administrasjonssenteret > Teams-apper > Tillatelsespolicyer), '
    + 'eller be {name} åpne Lederbot i Teams selv. Til da må dere gi beskjed på annen måte.',
  en: 'Lederbot cannot message {name} ({cohort}): your organisation\'s Teams app policy does not allow Lederbot to be installed for {name}, '
    + 'so the bot cannot open a chat with them. Notices about the nomination, the gatherings and check-ins do not reach them. '
    + 'Ask a Teams administrator to allow Lederbot for {name} (Teams admin center > Teams apps > Permission policies), '
    + 'or ask {name} to open Lederbot in Teams themselves. Until then, please tell them another way.',
};

/** For the alert when the directory does not know the person's name either. */
export const unnamedPerson: Text = { nb: 'en person (Entra-id {id})', en: 'a person (Entra id {id})' };
