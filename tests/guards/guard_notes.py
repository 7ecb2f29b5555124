"""Clinical notes with planted PHI, shared by the guard tests."""

ZH_NOTE = "患者王小明，男，45岁，身份证号11010519491231002X，手机号13912345678，住院号：ZY2024001234，主诉胸痛。"
EN_NOTE = "Patient: John Smith, DOB 03/14/1962, MRN: 00123456, phone (415) 555-0132, email john.smith@example.org."
