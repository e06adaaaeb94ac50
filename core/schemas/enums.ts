// The enumerations of the data model, once: the entity schemas validate with them and the console offers and labels
// them (admin-ui imports this file). No imports here, so the browser bundle takes the lists and nothing else.
// Labels live at `steppe.enums.<name>.<value>` in the console's i18n; the order here is the order offered.

export const ENUMS = {
  region_level: ['region', 'league', 'county', 'township', 'village'],
  role: ['platform_admin', 'region_admin', 'reviewer', 'institution_staff', 'auditor'],
  gender: ['male', 'female'],
  worker_category: ['rural_transfer', 'returnee', 'poverty_exited', 'employed'],
  worker_trait: ['older', 'youth', 'new_generation', 'outbound_wish', 'local_wish', 'entrepreneurship_wish'],
  education: ['primary', 'junior', 'senior', 'vocational', 'college', 'bachelor_plus'],
  employment_status: ['unemployed', 'employed', 'self_employed', 'gig', 'farming'],
  institution_kind: ['technical_school', 'vocational_school', 'training_org', 'enterprise', 'association', 'public_service'],
  approval_status: ['pending', 'approved', 'suspended', 'revoked'],
  brand_level: ['none', 'region', 'league', 'county'],
  area_type: ['rural', 'pastoral', 'border', 'urban'],
  base_level: ['region', 'league', 'county'],
  skill_level: ['5', '4', '3', '2', '1', 'special'],
  training_kind: ['employment_skills', 'entrepreneurship', 'new_forms', 'pre_job', 'upgrade', 'apprenticeship', 'high_skill'],
  program_mode: ['order', 'directed', 'post', 'project', 'open'],
  delivery: ['online', 'offline', 'blended'],
  target_group: ['general', 'older', 'youth'],
  program_status: ['draft', 'open', 'running', 'finished', 'closed'],
  claim_type: ['training', 'evaluation', 'upgrade', 'base_reward'],
  claim_state: ['draft', 'submitted', 'under_review', 'approved', 'rejected', 'paid'],
  claim_outcome: ['eligible', 'ineligible', 'needs_review'],
  channel: ['public_platform', 'gig_market', 'service_station', 'app', 'outreach', 'other'],
  orientation: ['outbound', 'local', 'entrepreneurship'],
  intention_status: ['open', 'placed', 'closed'],
  enrollment_status: ['enrolled', 'completed', 'failed', 'withdrawn'],
  assessment_result: ['pass', 'fail'],
  certificate_kind: ['qualification', 'skill_level', 'special'],
  fund_source_code: ['employment_subsidy', 'unemployment_insurance', 'skills_action_account', 'enterprise_education', 'talent_development'],
  satisfaction: [1, 2, 3, 4, 5],
  config_kind: ['catalog', 'ruleset', 'form', 'guide', 'param', 'case'],
  config_state: ['draft', 'in_review', 'published', 'retired'],
  config_mode: ['base', 'extend'],
  risk_severity: ['low', 'medium', 'high'],
  verification_check: ['identity', 'social_insurance', 'poverty_registry', 'certificate_registry'],
  risk_status: ['open', 'investigating', 'cleared', 'confirmed'],
  job_status: ['queued', 'running', 'done', 'failed', 'cancelled'],
} as const;

export type EnumName = keyof typeof ENUMS;
export type EnumValue<E extends EnumName> = (typeof ENUMS)[E][number];
