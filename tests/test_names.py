"""NAMES lane: ends printed in the sentence but not recognized — plants bought or sold, named by their
owner and their site (own invented sentences; real company names, invented deals)."""
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).parent))
from mention_helpers import mentions  # noqa: E402
from relation_scoring import graph_of, holds  # noqa: E402


def _graph(tmp_path, text):
    return graph_of(tmp_path, "晶片週報\n\n" + text + "\n")


# -- plants bought: a place of their own, acquired by the buyer, operated by the owner ---------------
def test_a_plant_bought_is_one_place_a_kind_of_plant_is_not():
    found = mentions("美光宣布斥資10億美元，收購聯電新竹廠。", "Place")
    assert "聯電新竹廠" in found
    assert not any(p.endswith("廠") for p in mentions("英特爾宣布出售旗下晶圓廠。", "Place"))
    assert not any(p.endswith("廠") for p in mentions("三星收購台積電晶圓廠的設備。", "Place"))


def test_a_plant_bought_is_acquired_and_its_owner_operates_it(tmp_path):
    g = _graph(tmp_path, "美光宣布斥資10億美元，收購聯電新竹廠。")
    assert holds(g, "美光", "acquired", "聯電新竹廠")
    assert holds(g, "聯電", "operates", "聯電新竹廠")
    assert not holds(g, "美光", "acquired", "聯電")  # a plant of the company, not the company


def test_every_plant_of_a_list_is_acquired_by_the_buyer_clauses_before(tmp_path):
    g = _graph(tmp_path, "美光接連在台灣擴產，除了擴建既有產線外，近年又收購群創台南廠、群創子公司群創光電竹南廠以及"
                         "宏昇台中廠，同時在台灣投資。")
    for plant in ("群創台南廠", "群創光電竹南廠", "宏昇台中廠"):
        assert holds(g, "美光", "acquired", plant), plant
    assert holds(g, "群創", "operates", "群創台南廠")


def test_a_plant_named_with_a_subsidiarys_name_is_not_the_parents(tmp_path):
    g = _graph(tmp_path, "美光收購群創子公司群創晶材竹南廠。")
    assert holds(g, "美光", "acquired", "群創晶材竹南廠")
    assert not holds(g, "群創", "operates", "群創晶材竹南廠")


def test_the_place_of_a_plant_is_the_plants_not_the_companys(tmp_path):
    g = _graph(tmp_path, "台積電位於高雄的晶圓18廠是3奈米的生產基地。")
    assert holds(g, "晶圓十八廠", "locatedIn", "高雄")
    assert not holds(g, "台積電", "locatedIn", "高雄")



# -- model codes printed apart from their brand --------------------------------------------------------
def test_codes_a_series_is_said_to_include_are_models_of_its_brand():
    found = mentions("華為推出多款昇騰910系列晶片，包括910B、910C等產品。", "Chip")
    assert found.get("910B") == "昇騰910B"
    assert found.get("910C") == "昇騰910C"


def test_a_code_printed_before_its_brand_is_that_model():
    found = mentions("華為明年將生產約５０萬片９１０Ｂ昇騰晶片。", "Chip")
    assert "昇騰910B" in found.values()
    assert "昇騰" not in found.values()  # the brand alone is not what is counted
    # a count before the brand is no model: 910萬片 counts chips
    counted = mentions("華為今年已交付20萬片昇騰晶片，明年目標是910萬片昇騰晶片。", "Chip")
    assert not any(v.startswith("昇騰") and v != "昇騰" for v in counted.values())


# -- companies by their legal name, after a kind word ------------------------------------------------------
def test_a_legal_name_keeps_the_place_it_is_registered_with():
    found = mentions("入選企業包括IDM企業湘潭宏芯半導體有限公司及EDA企業湖北芯模微電子有限公司。", "Company")
    assert "湘潭宏芯半導體有限公司" in found
    assert "湖北芯模微電子有限公司" in found


def test_a_subsidiarys_legal_name_starts_with_its_parents():
    found = mentions("封測企業長電科技汽車電子(上海)有限公司今日投產。", "Company")
    assert "長電科技汽車電子(上海)有限公司" in found


# -- investors and brokers named for their role in a deal ------------------------------------------------
def test_a_broker_after_its_role_and_an_investor_after_its_controller_are_companies():
    found = mentions("本次發行的保薦機構為中信聯合證券。投資人王某及其控制的遠山投資合計持股5%。", "Company")
    assert "中信聯合證券" in found
    assert "遠山投資" in found
    assert not mentions("該集團控制的企業均已停產。", "Company")


def test_an_investor_whose_name_opens_with_a_joiner_word_is_listed(tmp_path):
    found = mentions("紅杉資本、和利資本、經緯創投等機構均在股東之列。", "Company")
    assert "和利資本" in found


# -- technologies named by a description ---------------------------------------------------------------
def test_a_described_technology_after_a_verb_of_developing_it_is_developed(tmp_path):
    g = _graph(tmp_path, "三星並發展高介電常數閘極層與超低漏電深溝槽電容。")
    assert holds(g, "三星", "develops", "高介電常數閘極層")
    assert holds(g, "三星", "develops", "超低漏電深溝槽電容")


def test_a_described_technology_relied_on_is_used(tmp_path):
    g = _graph(tmp_path, "廣達憑藉浸沒式冷卻技術，拿下伺服器大單。")
    assert holds(g, "廣達", "uses", "浸沒式冷卻技術")
    found = mentions("英特爾採用第二代垂直堆疊奈米線電晶體技術。", "Technology")
    assert "垂直堆疊奈米線電晶體" in found  # the generation and the word 技術 after a device are not the name
    assert not any("技術" in t for t in mentions("三星採用最新的散熱技術。", "Technology"))


# -- equipment models ----------------------------------------------------------------------------------
def test_equipment_codes_before_a_word_for_the_equipment_are_the_makers_products(tmp_path):
    g = _graph(tmp_path, "荷蘭限制阿斯麥2050i和2100i DUV浸沒式光刻設備出口。")
    assert holds(g, "阿斯麥", "develops", "2050i")
    assert holds(g, "阿斯麥", "develops", "2100i")


# -- review fixes (round 11 review of the NAMES lane) ------------------------------------------------------
def test_a_verb_between_a_company_and_a_legal_name_is_no_part_of_a_subsidiarys_name(tmp_path):
    g = _graph(tmp_path, "英特爾擬投資晶朗微電子(蘇州)有限公司。")
    assert holds(g, "英特爾", "investsIn", "晶朗微電子")
    assert not any(c.startswith("英特爾") for c in mentions("高通投資晶朗微電子(蘇州)有限公司。", "Company"))
    # a subsidiary's own legal name is still read whole
    assert "長電科技汽車電子(上海)有限公司" in mentions("封測企業長電科技汽車電子(上海)有限公司今日投產。", "Company")


def test_a_plant_deal_that_failed_is_no_purchase(tmp_path):
    g = _graph(tmp_path, "美光收購聯電新竹廠一案告吹。")
    assert not holds(g, "美光", "acquired", "聯電新竹廠")


def test_buying_what_a_plant_holds_or_makes_is_no_purchase_of_the_plant(tmp_path):
    g = _graph(tmp_path, "三星收購聯電新竹廠的部分機台。")
    assert not holds(g, "三星", "acquired", "聯電新竹廠")
    g = _graph(tmp_path, "美光收購聯電新竹廠股權。")
    assert not holds(g, "美光", "acquired", "聯電新竹廠")  # a stake, not the plant
    g = _graph(tmp_path, "英特爾收購東芝四日市廠生產的記憶體。")
    assert not holds(g, "英特爾", "acquired", "東芝四日市廠")


def test_taking_over_a_plants_orders_is_no_purchase(tmp_path):
    g = _graph(tmp_path, "三星接手東芝四日市廠的訂單。")
    assert not holds(g, "三星", "acquired", "東芝四日市廠")
    g = _graph(tmp_path, "三星接手東芝四日市廠的營運。")  # running it is not buying it
    assert not holds(g, "三星", "acquired", "東芝四日市廠")


def test_the_owner_named_in_a_plants_name_is_not_its_buyer(tmp_path):
    g = _graph(tmp_path, "美光與聯電簽約，收購聯電新竹廠。")
    assert holds(g, "美光", "acquired", "聯電新竹廠")
    assert holds(g, "聯電", "operates", "聯電新竹廠")
    assert not holds(g, "聯電", "acquired", "聯電新竹廠")


def test_a_kind_of_company_after_a_role_word_is_no_name():
    assert not mentions("公司及其控制的子公司共同投資。", "Company")
    assert not mentions("王某及其控制的遠山共同投資。", "Company")  # a follower inside the run ends the name
    assert not mentions("王某及其控制的關聯企業集團合計持股。", "Company")  # a generic head
    assert "遠山投資" in mentions("王某及其控制的遠山投資共同持股。", "Company")


def test_a_country_before_a_legal_name_is_where_it_is_not_part_of_it(tmp_path):
    found = mentions("客戶包括日本晶朗微電子有限公司等。", "Company")
    assert "日本晶朗微電子有限公司" not in found
    g = _graph(tmp_path, "客戶包括日本晶朗微電子有限公司等。")
    assert holds(g, "晶朗微電子有限公司", "locatedIn", "日本")


def test_a_designer_producing_its_own_chip_is_not_its_foundry(tmp_path):
    g = _graph(tmp_path, "華為今年生產了約20萬片910C昇騰晶片。")
    assert holds(g, "華為", "develops", "昇騰910C")
    assert not holds(g, "昇騰910C", "fabricatedBy", "華為")
    g = _graph(tmp_path, "中芯國際生產了昇騰910B晶片。")
    assert holds(g, "昇騰910B", "fabricatedBy", "中芯國際")  # a foundry that is not the designer still is


def test_names_listed_as_rivals_or_suppliers_still_count_in_an_articles_company_share():
    from kg.makers import load_maker_rules

    skip = load_maker_rules().share_skip
    assert "pattern:company-role" in skip and "pattern:company-investor" in skip
    assert "pattern:company-enumerated" not in skip and "pattern:company-closed-list" not in skip


def test_a_described_technology_may_end_before_a_verb(tmp_path):
    g = _graph(tmp_path, "英業達憑藉浸沒式冷卻技術贏得大單。")
    assert holds(g, "英業達", "uses", "浸沒式冷卻技術")
    assert "浸沒式冷卻技術" in mentions("英業達憑藉浸沒式冷卻技術獲得訂單。", "Technology")  # any verb after it
    assert "奈米片電晶體" in mentions("台積電採用第二代奈米片電晶體技術量產2奈米晶片。", "Technology")
    # common words only are no name, whatever follows (先進封裝 is the lexicon's technology)
    assert not any("技術" in v for v in mentions("該公司採用先進封裝技術生產晶片。", "Technology").values())


def test_a_plants_site_printed_in_its_name_is_where_the_plant_is(tmp_path):
    g = _graph(tmp_path, "美光宣布收購聯電新竹廠。")
    assert holds(g, "聯電新竹廠", "locatedIn", "新竹")


def test_an_equipment_code_keeps_the_series_printed_before_it():
    assert "NXT 1980Di" in mentions("荷蘭自明年起限制NXT 1980Di光刻設備出口。", "Product")
    assert "NXT:2000i" in mentions("阿斯麥明年交付NXT:2000i光刻設備。", "Product")
    # a word for a kind of machine before the code is no series
    found = mentions("荷蘭限制阿斯麥2050i和2100i DUV浸沒式光刻設備出口。", "Product")
    assert "2050i" in found and "2100i" in found


def test_a_plant_listed_after_another_without_its_owner_is_the_same_owners(tmp_path):
    g = _graph(tmp_path, "美光收購聯電新竹廠、台南廠及南京廠。")
    for plant in ("聯電新竹廠", "聯電台南廠", "聯電南京廠"):
        assert holds(g, "美光", "acquired", plant), plant
    # a kind of plant after the joiner is no sibling
    assert "聯電晶圓廠" not in mentions("美光收購聯電新竹廠、晶圓廠設備。", "Place").values()
