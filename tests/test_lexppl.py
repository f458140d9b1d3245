"""Lane LEXPPL: the people of the chip industry by name alone (no title needed), one node across Traditional,
Simplified and English, tied to their company; officials who make chip policy; and bare surnames that are
ordinary words or other people's names stay out. Sentences are invented for these tests."""

from __future__ import annotations

from rdflib import URIRef

from mention_helpers import LEX, entity_iris
from kg.namespaces import KG

E = "https://w3id.org/kg/chip/id/"


def people(text: str) -> dict[str, str | None]:
    return {t: (iri or "").rsplit("/", 1)[-1] for t, iri in entity_iris(text, "Person", title="標題").items()}


def affiliations(slug: str) -> set[str]:
    return {str(o).rsplit("/", 1)[-1] for o in LEX.graph.objects(URIRef(E + slug), KG.affiliatedWith)}


def test_an_executive_without_a_title_in_both_scripts_and_in_english_is_one_person_of_his_company():
    hant = people("劉啟東在法說會上表示，成熟製程報價將持穩。")
    hans = people("刘启东在业绩会上称，成熟制程价格企稳。")
    en = people("Chitung Liu 在會上表示，明年資本支出持平。")
    assert hant["劉啟東"] == hans["刘启东"] == en["Chitung Liu"] == "chitung-liu"
    assert affiliations("chitung-liu") == {"umc"}


def test_taiwan_and_mainland_chiefs_by_name_alone():
    got = people("盧志遠與陳沛銘都看好記憶體復甦，沈翔霖則談到先進製程訂單。")
    assert got == {"盧志遠": "chih-yuan-lu", "陳沛銘": "chen-pei-ming", "沈翔霖": "johnny-shen"}
    got = people("刘训峰出席论坛，贺荣明介绍光刻机进展，梁华则表示昇腾芯片供不应求。")
    assert got == {"刘训峰": "liu-xunfeng", "贺荣明": "he-rongming", "梁华": "liang-hua"}
    assert affiliations("liu-xunfeng") == {"smic"} and affiliations("he-rongming") == {"smee"}


def test_transliterations_of_taiwan_and_the_mainland_name_one_person():
    assert people("季辛吉曾多次訪問北京。")["季辛吉"] == "henry-kissinger"
    assert people("亨利·基辛格曾多次访问北京。")["亨利·基辛格"] == "henry-kissinger"
    assert people("梅克爾任內推動晶圓廠補貼。")["梅克爾"] == people("默克尔任内推动晶圆厂补贴。")["默克尔"] == "angela-merkel"
    assert people("施凱爾與蘇納克都談過晶片。") == {"施凱爾": "keir-starmer", "蘇納克": "rishi-sunak"}
    assert people("斯塔默表示英国将投资芯片。")["斯塔默"] == "keir-starmer"


def test_officials_who_make_chip_policy():
    got = people("束珏婷在例行记者会上回应出口管制，凌激与盛秋平会见美国企业代表。")
    assert got == {"束珏婷": "shu-jueting", "凌激": "ling-ji", "盛秋平": "sheng-qiuping"}
    assert all(affiliations(s) == {"mofcom"} for s in ("shu-jueting", "ling-ji", "sheng-qiuping"))
    got = people("庫德洛與梅努欽曾主導對中貿易談判，穆勒納爾則要求加強晶片管制。")
    assert got == {"庫德洛": "larry-kudlow", "梅努欽": "steven-mnuchin", "穆勒納爾": "john-moolenaar"}


def test_investors_and_analysts_the_press_quotes():
    got = people("巴菲特出清晶圓代工持股，劉佩真則認為半導體景氣仍佳。")
    assert got == {"巴菲特": "warren-buffett", "劉佩真": "liu-pei-chen"}
    # the new given names (林全, 施敏, 陸慷) stay quiet inside ordinary words
    assert people("政府推動農林全面發展，實施敏感科技管制，大陸慷慨解囊。") == {}


def test_a_foreign_chiefs_surname_names_him_only_beside_his_company():
    assert people("輝達財務長克雷斯表示，資料中心營收創新高。").get("克雷斯") == "colette-kress"
    assert "克雷斯" not in people("克雷斯在小鎮開了一家麵包店。")


def test_review_fixes_common_names_need_their_context():
    # common names (an actor, an economist, any director) are not the chip people without their company
    for text in ("演員趙立新出演新電影。", "經濟學家錢軍表示利率將下調。", "公司總監宋濤說明預算。", "院長王淑敏介紹課程。"):
        got = people(text)
        assert not {"zhao-lixin", "qian-jun-vastai", "song-tao", "wang-shumin"} & set(got.values()), text
    assert people("格科微創始人趙立新表示產能充足。")["趙立新"] == "zhao-lixin"
    assert people("瀚博半導體創始人錢軍表示。")["錢軍"] == "qian-jun-vastai"
    assert people("國台辦主任宋濤表示。")["宋濤"] == "song-tao"
    assert people("安集科技董事長王淑敏表示。")["王淑敏"] == "wang-shumin"
    # Li Bin in English is NIO's founder as often as Unigroup's chairman: named only beside Unigroup
    assert "li-bin-unigroup" not in people("NIO founder Li Bin said demand was strong.").values()
    assert people("紫光集團董事長李濱表示。")["李濱"] == "li-bin-unigroup"


def test_review_fixes_mainland_names_of_world_figures_are_the_simplified_labels():
    for slug, hans in [("vladimir-putin", "普京"), ("ronald-reagan", "里根"), ("george-w-bush", "小布什"),
                       ("hillary-clinton", "希拉里·克林顿"), ("keir-starmer", "斯塔默")]:
        assert LEX.entries[E + slug].pref["zh-Hans"] == hans
