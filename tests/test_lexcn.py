"""Lane LEXCN: companies-mainland.ttl, firms headquartered in mainland China and Hong Kong across the chip and
AI-hardware supply chain. Invented sentences: each firm is found by its exchange short name and by its full
legal name, in both scripts, as one node; a short name that is also an ordinary word stays quiet in its
ordinary reading and names the firm beside a cue of its industry."""
from mention_helpers import entity_iris

E = "https://w3id.org/kg/chip/id/"


def companies(text: str) -> dict[str, str | None]:
    return entity_iris(text, "Company", title="產業週報")


# (slug, short name Traditional, short name Simplified, full legal name Simplified): one or more per segment
SEGMENTS = [
    ("goodix", "匯頂科技", "汇顶科技", "深圳市汇顶科技股份有限公司"),                  # IC design
    ("chipone", "集創北方", "集创北方", "北京集创北方科技股份有限公司"),              # display drivers
    ("geehy", "極海半導體", "极海半导体", "珠海极海半导体有限公司"),                  # MCUs
    ("macmic", "宏微科技", "宏微科技", "江苏宏微科技股份有限公司"),                    # power semiconductors
    ("chipmore", "頎中科技", "颀中科技", "合肥颀中科技股份有限公司"),                  # packaging and test
    ("jingsheng", "晶盛機電", "晶盛机电", "浙江晶盛机电股份有限公司"),                # equipment
    ("huate-gas", "華特氣體", "华特气体", "广东华特气体股份有限公司"),                # materials
    ("kinwong", "景旺電子", "景旺电子", "深圳市景旺电子股份有限公司"),                # PCBs
    ("innolight", "中際旭創", "中际旭创", "中际旭创股份有限公司"),                    # optical modules
    ("eoptolink", "新易盛", "新易盛", "成都新易盛通信技术股份有限公司"),
    ("ruijie", "銳捷網絡", "锐捷网络", "锐捷网络股份有限公司"),                        # communication equipment
    ("hikvision", "海康威視", "海康威视", "杭州海康威视数字技术股份有限公司"),        # devices and vision
    ("boe", "京東方", "京东方", "京东方科技集团股份有限公司"),                        # displays
    ("luxshare", "立訊精密", "立讯精密", "立讯精密工业股份有限公司"),                  # electronics manufacturing
    ("catl", "寧德時代", "宁德时代", "宁德时代新能源科技股份有限公司"),                # batteries
    ("sungrow", "陽光電源", "阳光电源", "阳光电源股份有限公司"),                      # power electronics
    ("longi", "隆基綠能", "隆基绿能", "隆基绿能科技股份有限公司"),                    # solar
    ("desay-sv", "德賽西威", "德赛西威", "惠州市德赛西威汽车电子股份有限公司"),        # car electronics
    ("gds-holdings", "萬國數據", "万国数据", "万国数据控股有限公司"),                  # data centres
    ("orient-securities", "東方證券", "东方证券", "东方证券股份有限公司"),            # brokers
    ("penghua-fund", "鵬華基金", "鹏华基金", "鹏华基金管理有限公司"),                # asset managers
    ("bank-of-ningbo", "寧波銀行", "宁波银行", "宁波银行股份有限公司"),              # banks
    ("sino-ic-capital", "華芯投資", "华芯投资", "华芯投资管理有限责任公司"),          # state capital
]


def test_each_segment_short_and_full_names_in_both_scripts_are_one_node():
    for slug, hant, hans, legal in SEGMENTS:
        for text, name in ((f"{hant}公布第三季財報，營收創下新高。", hant),
                           (f"{hans}公布第三季财报，营收创下新高。", hans),
                           (f"{legal}今日发布公告称，董事会通过扩产计划。", legal)):
            got = companies(text)
            assert got.get(name) == E + slug, (text, got)


def test_hong_kong_firms_and_traditional_legal_names():
    assert companies("建滔積層板將調升覆銅板報價。")["建滔積層板"] == E + "kingboard-laminates"
    assert companies("招銀國際給予該股買入評級。")["招銀國際"] == E + "cmb-international"
    assert companies("舜宇光學科技（集團）有限公司公布手機鏡頭出貨量。")["舜宇光學科技（集團）有限公司"] == E + "sunny-optical"


def test_short_names_that_are_ordinary_words_need_a_cue():
    # ordinary readings: no company
    for text in ("她是一位資深科技記者，長年採訪產業新聞。", "他打牌時拿到一手同花顺，赢了全场。",
                 "遊客登上中國長城最有名的一段城牆。", "这个园区被称为西部的数据港，吸引游客参观。"):
        assert not companies(text), text
    # beside a cue of their industry: the companies
    assert companies("深科技承接存儲芯片封測訂單，營收成長。")["深科技"] == E + "kaifa"
    assert companies("同花顺股价大涨，私募资金大举进场。")["同花顺"] == E + "hithink"
    assert companies("中國長城推出搭載國產芯片的伺服器。")["中國長城"] == E + "china-greatwall-tech"
    assert companies("数据港新建的数据中心将出租给云服务客户。")["数据港"] == E + "athub"


def test_bare_place_or_word_short_forms_are_not_labels():
    # 寧德 is a city, 理想 an ordinary word, 美的 an ordinary word: only the longer forms name the firms
    assert companies("寧德時代在寧德擴建電池工廠。") == {"寧德時代": E + "catl"}
    for text in ("這是一個理想的選擇。", "这是一个美的故事。"):
        assert not companies(text), text


def test_national_grid_of_another_country_is_not_state_grid():
    for text in ("韓國國會通過國家電網特別法，加快輸電線路建設。", "韩国国会通过国家电网特别法。"):
        assert not companies(text), text
    assert companies("中國國家電網採購大批IGBT模組。")["中國國家電網"] == E + "state-grid"
    assert companies("国家电网在北京发布采购计划，IGBT需求上升。")["国家电网"] == E + "state-grid"


def test_broker_names_holding_a_carmaker_short_name_are_the_brokers():
    assert companies("長城證券分析師認為，車企第四季銷量將回升。")["長城證券"] == E + "great-wall-securities"
    assert companies("银河证券维持对该股的买入评级。")["银河证券"] == E + "china-galaxy-securities"


def test_review_fixes_yonyou_in_ordinary_words_and_the_two_yunfeng_firms():
    # 用友 runs into 用友好 / 用友人; it names Yonyou only beside a tech-company cue
    for text in ("我們用友好的方式溝通。", "他用友人的名義訂票。"):
        assert E + "yonyou" not in companies(text).values(), text
    assert companies("用友發布企業軟件大模型。")["用友"] == E + "yonyou"
    # Yunfeng Financial (HKEX-listed) is not the PE house Yunfeng Capital
    assert companies("雲鋒金融公布中期業績。")["雲鋒金融"] == E + "yunfeng-financial"
    assert companies("雲鋒基金領投該輪融資。")["雲鋒基金"] == E + "yunfeng-capital"
    # the English phrase "western securities" is not the broker without an investment cue
    assert E + "western-securities" not in companies("美國western securities監管趨嚴。").values()
