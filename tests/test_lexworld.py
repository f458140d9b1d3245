"""Lane lexworld: chip and AI-hardware firms headquartered outside Taiwan, mainland China, Hong Kong and
Macau (ontology/lexicon/companies-world.ttl), found by their Chinese short name, their full name and their
English name, in both scripts, as one node each (invented sentences)."""
from mention_helpers import entity_iris

E = "https://w3id.org/kg/chip/id/"


def found(text: str, type_: str | None = "Company") -> dict[str, str | None]:
    return entity_iris(text, type_)


def test_equipment_and_materials_firms_in_both_scripts():
    hant = found("維易科與亞舍立科技本季接單成長，萬機儀器也調高財測。")
    hans = found("维易科与亚舍立科技本季接单成长，万机仪器也调高财测。")
    for a, b, slug in [("維易科", "维易科", "veeco"), ("亞舍立科技", "亚舍立科技", "axcelis"),
                       ("萬機儀器", "万机仪器", "mks-instruments")]:
        assert hant[a] == hans[b] == E + slug
    hant = found("富士軟片與日東電工擴大半導體材料產能，世創電子材料供應矽晶圓。")
    hans = found("富士胶片与日东电工扩大半导体材料产能，世创电子材料供应硅晶圆。")
    for a, b, slug in [("富士軟片", "富士胶片", "fujifilm"), ("日東電工", "日东电工", "nitto-denko"),
                       ("世創電子材料", "世创电子材料", "siltronic")]:
        assert hant[a] == hans[b] == E + slug


def test_chip_designers_by_short_name_full_name_and_english_as_one_node():
    for text in ("安霸推出新款車用晶片。", "Ambarella推出新款車用晶片。", "安霸半導體推出新款車用晶片。",
                 "安霸半导体推出新款车用芯片。"):
        assert set(found(text).values()) == {E + "ambarella"}, text
    assert set(found("思睿邏輯為手機供應音訊晶片，Cirrus Logic股價上漲。").values()) == {E + "cirrus-logic"}
    assert found("纳微半导体的氮化镓芯片出货。")["纳微半导体"] == E + "navitas"


def test_networking_servers_and_cloud_firms():
    hant = found("諾基亞、愛立信與安費諾都是資料中心供應商，維諦技術提供散熱方案。")
    hans = found("诺基亚、爱立信与安费诺都是数据中心供应商，维谛技术提供散热方案。")
    for a, b, slug in [("諾基亞", "诺基亚", "nokia"), ("愛立信", "爱立信", "ericsson"), ("安費諾", "安费诺", "amphenol"),
                       ("維諦技術", "维谛技术", "vertiv")]:
        assert hant[a] == hans[b] == E + slug


def test_brokers_rating_agencies_and_research_houses():
    hant = found("瑞士信貸與法國巴黎銀行看好晶片股，穆迪調升評等，普華永道發布報告。")
    hans = found("瑞士信贷与法国巴黎银行看好芯片股，穆迪调升评等，普华永道发布报告。")
    for a, b, slug in [("瑞士信貸", "瑞士信贷", "credit-suisse"), ("法國巴黎銀行", "法国巴黎银行", "bnp-paribas"),
                       ("穆迪", "穆迪", "moodys"), ("普華永道", "普华永道", "pwc")]:
        assert hant[a] == hans[b] == E + slug
    assert found("瑞信分析師認為記憶體價格將上漲。")["瑞信"] == E + "credit-suisse"


def test_carmakers_and_auto_suppliers():
    hant = found("起亞汽車與現代摩比斯採購車用晶片，采埃孚也加入。")
    assert hant["起亞汽車"] == E + "kia" and hant["現代摩比斯"] == E + "hyundai-mobis" and hant["采埃孚"] == E + "zf"


def test_short_names_that_are_ordinary_words_need_a_cue():
    # 康寧 "health and peace", 晨星 "morning star", 金士頓 the Jamaican capital, 伊頓 Eton: quiet alone ...
    for text in ("祝您闔家康寧，萬事如意。", "天邊的晨星漸漸隱去。", "他們搭機飛往金士頓度假。", "他畢業於伊頓公學。",
                 "祝您阖家康宁，万事如意。", "天边的晨星渐渐隐去。"):
        assert not found(text), text
    # ... and the companies beside a word of their industry
    assert found("康寧的玻璃基板供應商地位穩固。")["康寧"] == E + "corning"
    assert found("康宁的玻璃基板供应商地位稳固。")["康宁"] == E + "corning"
    assert found("晨星的基金評級顯示資金流入。")["晨星"] == E + "morningstar"
    assert found("金士頓擴大記憶體模組出貨。")["金士頓"] == E + "kingston"


def test_english_names_that_are_ordinary_words_or_surnames_stay_quiet():
    for text in ("The cypress trees lined the road to Kingston.", "A continental breakfast on a workday.",
                 "Citadel walls and a morningstar mace.", "The nickel (Ni) content rose."):
        assert not found(text), text
    assert found("Workday Inc. and Fitch Ratings were quoted.")["Fitch Ratings"] == E + "fitch"


def test_review_fixes_renamed_split_and_shared_names():
    # Brooks Automation is the robotics firm Azenta sold, not Azenta
    assert found("Brooks Automation shipped wafer robots.")["Brooks Automation"] == E + "brooks-automation"
    # 樂天集團 is Rakuten beside Japan, Lotte beside Korea
    assert found("日本樂天集團宣布與電信商合作。")["日本樂天集團"] == E + "rakuten"
    assert found("韓國樂天集團宣布投資。")["韓國樂天集團"] == E + "lotte"
    # bare 東方匯理 is the bank, not Amundi
    assert E + "amundi" not in found("東方匯理銀行發布報告。").values()
    assert found("東方匯理資產管理發布報告。")["東方匯理資產管理"] == E + "amundi"
    # Citadel Securities is its own firm; 佳明 as a given name is not Garmin
    assert found("Citadel Securities擴大做市業務。")["Citadel Securities"] == E + "citadel-securities"
    assert E + "garmin" not in found("佳明今天去上學。").values()
    assert found("佳明今年營收成長。")["佳明"] == E + "garmin"
    # lower-cased ordinary English phrases are not the investors
    assert not found("良率達到two sigma水準，該general catalyst用於製程。")
    assert found("Two Sigma旗下基金入股。")["Two Sigma"] == E + "two-sigma"
