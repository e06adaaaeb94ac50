// Chinese texts of the class session (按班点名) tab and the attendance machine import.
export const sessions = {
  by_class: '按班点名（选择培训项目）',
  date: '上课日期',
  hours: '本次课时',
  hours_help: '每天最多 %{max} 学时',
  name: '姓名',
  id_number: '公民身份号码',
  status: '报名状态',
  attended: '累计出勤课时',
  recorded: '当日已记课时',
  present: '出勤',
  yes: '出勤',
  no: '缺勤',
  all_present: '全部出勤',
  all_absent: '全部缺勤',
  save: '保存本次考勤',
  none: '该培训班还没有报名学员',
  existing: '该日期已有 %{count} 人的考勤记录。再次保存将按本表更新：出勤者的当日课时改为本次课时，标为缺勤者的当日记录将删除。',
  recorded_dates: '已记录考勤的上课日期（点击查看）',
  recorded_day: '%{date}（%{workers} 人）',
  import: '导入考勤机记录',
  import_title: '导入考勤机记录（.xlsx / .csv）',
  import_help:
    '第一行为表头，须有「身份证号」列（也可写作「公民身份号码」）和「日期」列，以及「学时」列或「签到时间」「签退时间」两列；「姓名」列如有，须与报名学员一致。'
    + '按身份证号与本班报名学员对应；学时按签到至签退的时长向下取整到整学时（每天最多 12 学时），有「学时」列时以其为准。'
    + '同一学员同一日期已有考勤的，按文件更新；不是本班学员、已退学、日期不在开班期间等行不导入，并按行号列出原因。只有「工号」没有身份证号的文件无法对应学员。',
};
