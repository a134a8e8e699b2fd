import type { ParticipantField, PersonField, UnitField } from './import-fields';

/**
 * Column headers seen in the lists secretariats keep, in Chinese and English, compared after
 * `normalizeHeader`. A header that is none of these is left for the user to map.
 */
export const unitHeaderSynonyms: Record<UnitField, readonly string[]> = {
  name: ['单位名称', '名称', '单位', '单位全称', '单位名称全称', '成员单位', '成员单位名称', '机构名称', '企业名称', '学校名称', '院校名称', 'name', 'unitname', 'unit', 'organization', 'organisation', 'organizationname', 'company', 'companyname', 'institution'],
  shortName: ['简称', '单位简称', 'shortname', 'abbreviation'],
  kind: ['单位类型', '类型', '单位性质', '性质', '类别', '单位类别', '机构类型', 'kind', 'type', 'unittype', 'category'],
  creditCode: ['统一社会信用代码', '信用代码', '社会信用代码', '统一信用代码', '统一社会信用代码证号', 'creditcode', 'unifiedsocialcreditcode', 'socialcreditcode', 'uscc'],
  region: ['地区', '所在地区', '所在地', '区域', '所属地区', '省市', '城市', 'region', 'area', 'city'],
  address: ['地址', '单位地址', '通讯地址', '详细地址', '办公地址', '联系地址', 'address'],
  contactName: ['联系人', '联系人姓名', '单位联系人', 'contact', 'contactname', 'contactperson'],
  contactPhone: ['电话', '联系电话', '联系人电话', '联系人手机', '手机', '手机号', '手机号码', '联系方式', '电话号码', '办公电话', 'phone', 'telephone', 'tel', 'mobile', 'contactphone'],
  contactEmail: ['邮箱', '电子邮箱', '电子邮件', '邮件', '联系人邮箱', 'email', 'e-mail', 'mail', 'contactemail'],
  website: ['网址', '网站', '单位网址', '官网', '主页', '网站地址', 'website', 'web', 'url', 'homepage'],
  role: ['联盟角色', '会员类别', '成员类别', '会员类型', '成员类型', '会员级别', '角色', '成员角色', '单位角色', '联盟职务', '担任角色', 'role', 'roleinthealliance', 'membershiprole'],
  joinedOn: ['加入日期', '加入时间', '入会时间', '入会日期', '入盟时间', '入盟日期', '加入联盟时间', 'joinedon', 'joindate', 'joined', 'datejoined'],
  status: ['状态', '会籍状态', '成员状态', '会员状态', '会籍', 'status', 'membershipstatus'],
  representative: ['单位代表', '代表', '代表人', '单位代表人', '成员单位代表', '代表姓名', 'representative', 'unitrepresentative'],
};

export const personHeaderSynonyms: Record<PersonField, readonly string[]> = {
  name: ['姓名', '名字', '专家姓名', '人员姓名', '委员姓名', 'name', 'fullname', 'person'],
  unit: ['工作单位', '单位', '所在单位', '单位名称', '任职单位', '单位全称', '所属单位', '工作单位全称', 'employer', 'unit', 'organization', 'organisation', 'company', 'workunit'],
  position: ['职务', '职位', '行政职务', '现任职务', 'position', 'post', 'jobtitle'],
  title: ['职称', '专业技术职称', '技术职称', '专业职称', 'title', 'professionaltitle', 'rank'],
  phone: ['电话', '手机', '联系电话', '手机号', '手机号码', '联系方式', '电话号码', '办公电话', 'phone', 'telephone', 'tel', 'mobile'],
  email: ['邮箱', '电子邮箱', '电子邮件', '邮件', 'email', 'e-mail', 'mail'],
  expertise: ['专长', '研究方向', '专业领域', '专业特长', '擅长领域', '领域', '研究领域', '专业方向', 'expertise', 'specialty', 'speciality', 'field', 'researchinterests'],
  committeeRole: ['委员会职务', '专委会职务', '专家委员会职务', '委员会任职', '拟任职务', '聘任职务', 'committeepost', 'committeerole'],
  term: ['聘期', '任期', '聘任期限', '聘期起止', '聘任期', 'term', 'termofappointment'],
};

export const participantHeaderSynonyms: Record<ParticipantField, readonly string[]> = {
  name: ['姓名', '名字', '参会人', '参会人员', '参会人姓名', '签到人', 'name', 'fullname', 'person'],
  unit: ['单位', '工作单位', '所在单位', '单位名称', '单位全称', 'employer', 'unit', 'organization', 'organisation', 'company'],
  role: ['身份', '参会身份', '角色', '类别', '参会类别', 'role', 'attendingas', 'participantrole'],
};

/**
 * The words for a kind of unit beyond the vocabulary's own labels: what people write in a 类型
 * column. Compared after `normalizeHeader`.
 */
export const unitKindSynonyms: Record<string, readonly string[]> = {
  'higher-vocational-college': ['高职', '高职院校', '高等职业院校', '高等职业学校', '高职学校', '高职高专', '高专', '职业技术学院', '职业学院', '职业大学'],
  'secondary-vocational-school': ['中职', '中职学校', '中等职业学校', '中职院校', '职业高中', '职高', '中专', '中等专业学校', '技工学校', '技校'],
  university: ['高校', '普通高校', '普通高等学校', '大学', '本科院校', '本科高校'],
  enterprise: ['企业', '公司', '企业单位', '民营企业', '国有企业', '国企', '民企', '外资企业'],
  'industry-association': ['行业协会', '协会', '学会', '商会', '行业组织', '行业协（学）会'],
  'research-institute': ['科研院所', '研究院', '研究所', '科研机构', '研究机构'],
  'evaluation-organization': ['评价组织', '评价机构', '社会评价组织', '第三方评价机构', '培训评价组织'],
  'government-department': ['政府部门', '政府', '政府机关', '行政机关', '机关'],
  other: ['其他', '其它'],
};
