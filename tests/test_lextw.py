"""Lane LEXTW: a broad lexicon of Taiwan's chip and AI-hardware supply chain (ontology/lexicon/companies-taiwan.ttl).
Firms of each segment are found by their exchange short name and by their full name, in both scripts, as one
node; short names that are also ordinary words stay quiet unless the sentence speaks of tech companies
(invented sentences)."""
from mention_helpers import entity_iris

E = "https://w3id.org/kg/chip/id/"


def found(text: str, type_: str = "Company") -> dict[str, str | None]:
    return entity_iris(text, type_)


def one_node(slug: str, *sentences: str) -> None:
    for text in sentences:
        assert E + slug in found(text).values(), (slug, text)


def test_optical_communication_firms_by_short_and_full_name_in_both_scripts():
    one_node("luxnet", "華星光今年矽光子訂單增加。", "华星光今年硅光子订单增加。", "華星光通擴建雷射產線。")
    one_node("browave", "波若威第三季營收創高。", "波若威科技出貨光纖元件給資料中心。")
    one_node("landmark-optoelectronics", "聯亞光電的雷射磊晶片供不應求。", "联亚光电扩产。")
    one_node("foci", "上詮切入共同封裝光學供應鏈。", "上诠光纤通信的FAU出货增加。")


def test_networking_and_server_parts_makers():
    one_node("accton", "智邦800G交換器出貨暢旺。", "智邦科技股價大漲。", "智邦科技股价大涨。")
    one_node("wnc", "啟碁今年衛星通訊營收成長。", "启碁科技出货。")
    one_node("kaori", "高力熱處理的冷卻液分配裝置打入伺服器供應鏈。")
    one_node("fsp", "全漢推出高瓦數伺服器電源。", "全汉企业营收增长。")
    one_node("dynapack", "順達的備援電池模組出貨給伺服器客戶。")


def test_substrates_passives_connectors_and_packaging():
    one_node("tripod", "健鼎的伺服器板出貨增加。", "健鼎科技扩产。")
    one_node("compeq", "華通電腦擴大低軌衛星板產能。")
    one_node("holy-stone", "禾伸堂積層陶瓷電容報價上漲。", "禾伸堂企业营收增加。")
    one_node("tong-hsing", "同欣電車用影像感測器封裝營收成長。")
    one_node("keystone-microtech", "雍智科技的測試載板打入AI晶片客戶。")


def test_ic_designers_panels_and_distributors():
    one_node("ili-technology", "奕力-KY的驅動IC出貨增加。", "奕力科技营收增加。")
    one_node("hannstar", "瀚宇彩晶面板報價止跌。", "彩晶面板報價止跌。")
    one_node("coretronic", "中光電投影機出貨回溫。", "中强光电营收成长。")
    one_node("zenitron", "增你強代理的晶片到貨。")
    one_node("weikeng", "威健實業代理的記憶體出貨增加。")


def test_financial_firms_quoted_by_the_press():
    one_node("yuanta-sitc", "元大投信的半導體ETF規模增加。", "元大证券投资信托发行新基金。")
    one_node("fubon-financial", "富邦金控第三季獲利成長。", "富邦金控获利成长。")
    one_node("cathay-united-bank", "國泰世華銀行調整房貸利率。")
    one_node("sinopac-securities", "永豐金證券指出AI伺服器需求強勁。")


def test_short_names_that_are_ordinary_words_need_a_tech_company_cue():
    quiet = ("他把牆加高了半公尺。", "他在藍天下散步。", "他是社會精英。", "顧客至上是我們的原則。",
             "這篇文章的正文很長。", "她的頭上有光環。", "這個流程需要聚積經驗。",
             "新創憑藉技術光環吸引資金。", "美方加高關稅，晶片廠商承壓。", "客戶至上是晶片廠的原則。",
             "華芯鼎新基金完成備案。")
    for text in quiet:
        ours = {iri for iri in found(text).values() if iri}
        assert not ours & {E + s for s in ("harmony-electronics", "clevo", "ecs", "supreme-electronics",
                                            "gemtek", "truelight", "macroblock", "icatch")}, text
    one_node("clevo", "藍天電腦的電競筆電出貨增加。", "藍天今年筆電出貨增加，營收成長。")
    one_node("ecs", "精英電腦的主機板出貨增加。", "精英电脑的主机板出货增加。")
    one_node("gemtek", "正文科技的網通設備營收成長。", "正文的網通設備訂單增加，營收成長。")
    one_node("macroblock", "聚積的LED驅動IC出貨增加，營收成長。")


def test_place_names_and_regions_are_not_firms_but_the_full_names_are():
    one_node("walton-advanced-engineering", "華東科技的記憶體封裝產能滿載。")
    one_node("esun-financial", "玉山金控今年獲利成長。")
    one_node("nan-ya-plastics", "南亞塑膠的銅箔基板材料漲價。")
    one_node("hua-nan-financial", "華南金控公布獲利。")
    one_node("taichung-bank", "台中銀今年獲利成長。", "台中商業銀行調整利率。")
    for text, slug in [("華東地區的工廠已復工。", "walton-advanced-engineering"), ("玉山是台灣最高峰。", "esun-financial"),
                       ("南亞國家的需求增加。", "nan-ya-plastics"), ("華南地區暴雨成災。", "hua-nan-financial"),
                       ("台中銀行業者增加放款。", "taichung-bank")]:
        assert E + slug not in found(text).values(), text


def test_review_fixes_short_names_that_are_words_or_other_firms_names():
    # lexco review: each misfire is gone and the firm is still found in tech-company news (invented sentences)
    for text in ("他的預測神準，大家都很佩服。", "一路順達，平安回家。", "這是全漢語的課程。", "壽宴上的新壽星笑得開心。",
                 "這套公準則由協會制定。", "一個宏正的目標。", "全新漢蘭達正式上市。", "聯亞生技的疫苗進入臨床。",
                 "聯亞藥營收成長。"):
        assert not {E + s for s in ("senao-networks", "dynapack", "fsp", "shin-kong-life", "gongin-precision",
                                    "aten", "nexcom", "landmark-optoelectronics")} & set(found(text).values()), text
    assert found("聯亞生技的疫苗進入臨床。")["聯亞生技"] == E + "united-biomedical-asia"
    one_node("senao-networks", "神準網通設備營收創新高。")
    one_node("dynapack", "順達備援電池出貨給伺服器客戶。")
    one_node("landmark-optoelectronics", "聯亞磊晶片出貨給光通訊客戶。")
    one_node("nexcom", "新漢推出邊緣運算工業電腦。")
    one_node("fsp", "全漢電源供應器出貨成長。")
    one_node("aten", "宏正今年營收成長。")
    # 華通 inside 世紀華通 (a games company) is not Compeq; 智微智能 is not JMicron
    assert found("世紀華通的遊戲營收成長。")["世紀華通"] == E + "century-huatong"
    one_node("compeq", "華通的衛星板出貨給客戶。")
    assert found("智微智能营收增长。")["智微智能"] == E + "jwipc"


def test_review_fixes_names_the_mainland_prints_for_another_firm():
    # 上银 (Simplified) is Bank of Shanghai, 上銀 (Traditional) HIWIN; 金宝电子 is Shandong's, 金寶電子 Kinpo
    assert found("上银发布年度财报。")["上银"] == E + "bank-of-shanghai"
    assert found("上銀滾珠螺桿出貨暢旺。")["上銀"] == E + "hiwin"
    assert found("金宝电子铜箔产能扩张。")["金宝电子"] == E + "shandong-jinbao"
    assert found("金寶電子公布營收。")["金寶電子"] == E + "kinpo"
    # 中信金控 is CITIC Financial Holdings beside CITIC Group, CTBC beside Taipei / CTBC Bank
    assert found("中信金控在北京发布报告，中信集团表示支持。")["中信金控"] == E + "citic-financial-holdings"
    assert found("中信金控在台北公布獲利。")["中信金控"] == E + "ctbc-financial"
    assert found("新钜科技营收增长。")["新钜科技"] == E + "newmax"
