/**
 * The permission catalogue (seed: 系統管理-角色權限): what a role may be granted, one id per kind of
 * route. Ids are stable: roles store them, so an id is never renamed, only added.
 */
export const PERMISSIONS = [
  { id: 'customers.read', zh: '客户信息查看', en: 'View customers' },
  { id: 'customers.create', zh: '客户信息录入', en: 'Register customers' },
  { id: 'customers.update', zh: '客户信息编辑与状态变更', en: 'Edit customer profiles and status' },
  { id: 'customers.import', zh: '客户批量导入', en: 'Import customers in bulk' },
  { id: 'customers.export', zh: '客户列表导出', en: 'Export customer lists' },
  { id: 'tags.manage', zh: '客户标签管理', en: 'Tag and untag customers' },
  { id: 'tagLibrary.manage', zh: '标签库管理', en: 'Describe and retire tags in the tag library' },
  { id: 'owners.assign', zh: '分配负责人', en: 'Assign customer owners' },
  { id: 'followUps.create', zh: '跟进记录录入', en: 'Record follow-ups' },
  { id: 'followUps.read', zh: '跟进记录查看', en: 'View follow-ups' },
  { id: 'orders.create', zh: '订单录入', en: 'Record orders' },
  { id: 'reminders.read', zh: '跟进提醒查看', en: 'View reminders' },
  { id: 'reminders.complete', zh: '跟进提醒完成', en: 'Complete reminders' },
  { id: 'analytics.read', zh: '数据分析查看', en: 'View analytics' },
  { id: 'churnRisk.read', zh: '流失预警查看', en: 'View churn risk' },
  { id: 'reports.export', zh: '数据分析报表导出', en: 'Export analytics reports' },
  { id: 'reports.subscribe', zh: '报表订阅推送', en: 'Schedule report delivery' },
  { id: 'reports.read', zh: '自定义报表查看', en: 'Run pivot and saved reports over the customers one sees' },
  { id: 'reports.manage', zh: '自定义报表保存与管理', en: 'Save, change and delete one’s own reports' },
  { id: 'analytics.settings', zh: '客户价值模型阈值设置', en: 'Set the RFM and lifecycle thresholds' },
  { id: 'audit.read', zh: '审计历史查看', en: 'View audit history' },
  { id: 'feed.read', zh: '事件订阅读取', en: 'Read the event feed' },
  { id: 'schemas.read', zh: '事件结构查看', en: 'View event schemas' },
  { id: 'webhooks.manage', zh: 'Webhook 管理', en: 'Manage webhooks' },
  { id: 'rules.manage', zh: '标签规则管理', en: 'Manage tag rules' },
  { id: 'rules.history', zh: '标签规则历史查看', en: 'View tag rule history' },
  { id: 'sagas.manage', zh: '自动流程管理', en: 'Manage sagas' },
  { id: 'projections.manage', zh: '读模型管理', en: 'Manage projections' },
  { id: 'users.manage', zh: '用户管理', en: 'Manage users' },
  { id: 'roles.manage', zh: '角色权限管理', en: 'Manage roles and permissions' },
  { id: 'personalData.erase', zh: '个人信息删除', en: 'Erase personal data' },
  { id: 'customers.merge', zh: '重复客户合并与撤销', en: 'Merge and unmerge duplicate customers' },
  { id: 'customers.archive', zh: '客户归档与恢复', en: 'Archive and restore customers' },
] as const;

export type Permission = (typeof PERMISSIONS)[number]['id'];

export const PERMISSION_IDS: readonly Permission[] = PERMISSIONS.map((p) => p.id);
