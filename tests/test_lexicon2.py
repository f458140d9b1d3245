"""Lexicon round 2: the industry's well-known names kg knows before reading (invented sentences)."""
from kg.lexicon import load_lexicon
from kg.pipeline import process
from kg.reader import Source

LEX = load_lexicon()
E = "https://w3id.org/kg/chip/id/"


def mentions(text: str, type_: str = "Company") -> dict[str, str | None]:
    doc = process(Source("t.txt", "t.txt", text, "utf-8"), LEX)
    return {m.text: m.entity for m in doc.mentions if m.type == type_}


def test_taiwan_designers_by_stock_short_name_in_both_scripts_resolve_to_one_node():
    hant = mentions("凌陽與鈺立微昨日公布營收，耐能則獲新一輪投資，天鈺、敦泰同步走高。")
    hans = mentions("凌阳与钰立微昨日公布营收，耐能则获新一轮投资，天钰、敦泰同步走高。")
    for a, b, slug in [("凌陽", "凌阳", "sunplus"), ("鈺立微", "钰立微", "eys3d"), ("耐能", "耐能", "kneron"),
                       ("天鈺", "天钰", "fitipower"), ("敦泰", "敦泰", "focaltech")]:
        assert hant[a] == hans[b] == E + slug


def test_english_and_full_names_are_the_same_node_as_the_short_name():
    for text in ("Sunplus Technology表示新品出貨。", "凌陽科技表示新品出貨。", "凌陽表示新品出貨。"):
        assert set(mentions(text).values()) == {E + "sunplus"}
    assert set(mentions("Carlyle宣布收購一家封測廠。").values()) == {E + "carlyle"}
    assert set(mentions("凱雷集團宣布收購一家封測廠。").values()) == {E + "carlyle"}


def test_oracle_and_carlyle_by_their_chinese_short_names():
    found = mentions("甲骨文向輝達採購大批晶片，凱雷則出售所持股份。")
    assert found["甲骨文"] == E + "oracle"
    assert found["凱雷"] == E + "carlyle"


def test_guarded_short_names_do_not_fire_inside_ordinary_words():
    doc = process(Source("t.txt", "t.txt", "團隊努力成為業界第一，學者研究甲骨文字的演變，政府應廣泛採用整合晶片方案。"
                         "力成與合晶宣布擴產，甲骨文則採購伺服器。", "utf-8"), LEX)
    found = [(m.text, m.entity) for m in doc.mentions if m.type == "Company"]
    # each guarded name is found once: where it stands alone, never inside 努力成為, 甲骨文字, 整合晶片
    assert found.count(("力成", E + "powertech-technology")) == 1
    assert found.count(("合晶", E + "wafer-works")) == 1
    assert found.count(("甲骨文", E + "oracle")) == 1
    assert not any(e == E + "padauk" for _, e in found)  # 應廣泛 is "widely"


def test_guarded_short_names_fire_where_they_stand_alone():
    found = mentions("國巨調漲報價，可成與致新股價同步走高。")
    assert found["國巨"] == E + "yageo"
    assert found["可成"] == E + "catcher"
    assert found["致新"] == E + "gmt-taiwan"


def test_regulators_and_boards_issuing_chip_rules():
    orgs = mentions("OFAC將多家企業列入制裁名單，荷蘭外貿與發展合作部則收緊出口許可。", "Organization")
    assert orgs["OFAC"] == E + "ofac"
    assert orgs["荷蘭外貿與發展合作部"] == E + "netherlands-foreign-trade-ministry"
    ex = mentions("該公司下月登錄興櫃。", "Exchange")
    assert ex["興櫃"] == E + "tpex-emerging"


def test_chinese_ai_chip_start_ups_in_both_scripts():
    hant = mentions("靈汐科技與希姆計算發布新一代AI晶片，進迭時空推出RISC-V處理器。")
    hans = mentions("灵汐科技与希姆计算发布新一代AI芯片，进迭时空推出RISC-V处理器。")
    assert hant["靈汐科技"] == hans["灵汐科技"] == E + "lynxi"
    assert hant["希姆計算"] == hans["希姆计算"] == E + "stream-computing"
    assert hant["進迭時空"] == hans["进迭时空"] == E + "spacemit"
