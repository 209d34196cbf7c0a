/**
 * The shared activity and target-group taxonomy (codes are stable, names are
 * Norwegian as in the source documents). Organisations, agreements, volunteers
 * and indicators all use these codes; the organisations subgraph publishes them.
 */
export const ACTIVITIES = {
  culture_for_elderly: { nb: 'Kulturtilbud for eldre', en: 'Cultural offers for the elderly' },
  social_activities: { nb: 'Sosiale aktiviteter og turer (trivselstiltak)', en: 'Social activities and trips' },
  visiting_service: { nb: 'Besøkstjeneste', en: 'Visiting service' },
  day_centre: { nb: 'Dagsenter', en: 'Day centre' },
  meal_delivery: { nb: 'Matombringing', en: 'Meal delivery' },
  meeting_place_mental_health: { nb: 'Treffsted for psykisk syke', en: 'Meeting place for people with mental illness' },
  terminal_care_companionship: { nb: 'Følge og pleie av terminale pasienter', en: 'Companionship for the terminally ill' },
  nursing_home_volunteering: { nb: 'Frivillig arbeid på sykehjem', en: 'Volunteering in nursing homes' },
  refugee_guide: { nb: 'Flyktningguide', en: 'Refugee guide' },
  housing_follow_up: { nb: 'Boligsosialt arbeid', en: 'Housing follow-up' },
  transport: { nb: 'Transport', en: 'Transport' },
  volunteer_centre: { nb: 'Frivilligsentral', en: 'Volunteer centre coordination' },
} as const;

export const TARGET_GROUPS = {
  elderly_in_institutions: { nb: 'Eldre på institusjon', en: 'Elderly in institutions' },
  home_dwelling_elderly: { nb: 'Hjemmeboende eldre', en: 'Home-dwelling elderly' },
  mental_illness: { nb: 'Personer med psykisk sykdom', en: 'People with mental illness' },
  substance_users: { nb: 'Rusmiddelbrukere', en: 'Substance users' },
  refugees: { nb: 'Flyktninger', en: 'Refugees' },
  terminally_ill: { nb: 'Alvorlig syke og døende', en: 'The terminally ill' },
  disabilities: { nb: 'Personer med funksjonsnedsettelse', en: 'People with disabilities' },
  children_youth: { nb: 'Barn og unge', en: 'Children and youth' },
  family_caregivers: { nb: 'Pårørende', en: 'Family caregivers' },
} as const;

export type ActivityCode = keyof typeof ACTIVITIES;
export type TargetGroupCode = keyof typeof TARGET_GROUPS;

export const isActivityCode = (code: string): code is ActivityCode => Object.hasOwn(ACTIVITIES, code);
export const isTargetGroupCode = (code: string): code is TargetGroupCode => Object.hasOwn(TARGET_GROUPS, code);
