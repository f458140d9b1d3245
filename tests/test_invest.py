"""Who holds shares in whom (INVEST lane): shareholder lists closing with 等…股東 in a passage about a
company it does not name again, stakes (持股N%), the other holders of a state fund, investors brought in
through funding rounds, named investors, partners of a joint venture — and the investors' names such
lists print (investment firms, legal names with (集團), a state group's 總公司). Every sentence here is
invented for the test; the company names are real or made up.
"""

from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).parent))
from relation_scoring import graph_of, holds, named  # noqa: E402

from kg.lexicon import load_lexicon  # noqa: E402
from kg.pipeline import process  # noqa: E402
from kg.reader import read_source  # noqa: E402
from kg.resolve import resolve  # noqa: E402

HEAD = "晶片週報\n\n"


def graph(tmp_path, text):
    return graph_of(tmp_path, HEAD + text + "\n")


def companies(tmp_path, text) -> set[str]:
    p = tmp_path / "names.txt"
    p.write_text(HEAD + text + "\n", encoding="utf-8")
    lex = load_lexicon()
    doc = process(read_source(p), lex)
    resolve([doc], lex)
    return {m.text for m in doc.mentions if m.type == "Company"}


def test_a_shareholder_list_about_the_article_company_names_its_holders(tmp_path):
    g = graph(tmp_path, "寒武纪成立于2016年，专注AI芯片。寒武纪近日更新招股书。从股权结构看，陈天石为实际控制人，"
                        "直接、间接持股30.5%，青松资本、南风创投、红杉资本等股东，持股比例分别为3%、2%、1%。")
    for holder in ("青松资本", "南风创投", "红杉资本", "陈天石"):
        assert holds(g, holder, "investsIn", "寒武纪"), holder
    # the person holding the stake is no company's shareholder of the funds
    assert not holds(g, "陈天石", "investsIn", "青松资本")
    # a shareholders' meeting and a class of holders name no holders
    g = graph(tmp_path, "寒武纪成立于2016年。寒武纪专注AI芯片。寒武纪召开股东大会，红杉资本、高瓴资本等股东大会代表出席。"
                        "持股5%以上的股东须披露减持计划。")
    assert not holds(g, "红杉资本", "investsIn", "寒武纪")
    assert not holds(g, "高瓴资本", "investsIn", "寒武纪")


def test_investors_among_the_shareholders_and_a_holder_with_its_vehicle(tmp_path):
    g = graph(tmp_path, "壁仞科技成立于2019年。壁仞科技专注GPU。张文及其控制的某某投资合计持股9.1%，"
                        "高瓴资本、启明创投、红杉资本等知名机构均在股东之列。")
    for holder in ("高瓴资本", "启明创投", "红杉资本", "张文"):
        assert holds(g, holder, "investsIn", "壁仞科技"), holder


def test_a_stake_followed_by_the_company_it_controls(tmp_path):
    g = graph(tmp_path, "英伟达发布新品。摩尔线程更新招股书。董事长张建中直接持股40.2%，为摩尔线程的实际控制人。")
    assert holds(g, "张建中", "investsIn", "摩尔线程")
    assert not holds(g, "张建中", "investsIn", "英伟达")


def test_the_holders_of_a_state_fund(tmp_path):
    g = graph(tmp_path, "大基金二期股东包括中国财政部、国开金融有限责任公司、中国烟草总公司等27名股东。")
    for holder in ("中国财政部", "国开金融有限责任公司", "中国烟草总公司"):
        assert holds(g, holder, "investsIn", "大基金二期"), holder
    g = graph(tmp_path, "中国财政部为国家大基金三期最大股东，持有17%股份，其他股东包括国开金融有限责任公司、"
                        "上海国盛(集团)有限公司、招商银行、中国建设银行等19名股东共同持股。")
    for holder in ("中国财政部", "国开金融有限责任公司", "上海国盛(集团)有限公司"):
        assert holds(g, holder, "investsIn", "大基金三期"), holder
    # the largest holder is not said to hold the other holders
    assert not holds(g, "中国财政部", "investsIn", "国开金融有限责任公司")


def test_the_holders_listed_in_a_sentence_headed_by_the_fund(tmp_path):
    g = graph(tmp_path, "国家集成电路产业投资基金股份有限公司成立于2014年，注册资本987亿元，"
                        "股东组成包括中国财政部、中国烟草总公司、北京亦庄国际投资发展有限公司等16名股东。")
    for holder in ("中国财政部", "中国烟草总公司", "北京亦庄国际投资发展有限公司"):
        assert holds(g, holder, "investsIn", "国家集成电路产业投资基金"), holder


def test_investors_brought_in_through_funding_rounds(tmp_path):
    g = graph(tmp_path, "地平线成立于2015年。地平线专注智能驾驶芯片。公司上市前已进行8轮融资，入股价由每股0.2美元升至每股3美元，"
                      "引入小米、腾讯及吉利集团等。")
    for holder in ("小米", "腾讯", "吉利集团"):
        assert holds(g, holder, "investsIn", "地平线"), holder


def test_named_investors_of_a_company(tmp_path):
    g = graph(tmp_path, "小米及腾讯为地平线的早期策略投资者，各自持有地平线8%及4%股权。")
    assert holds(g, "小米", "investsIn", "地平线") and holds(g, "腾讯", "investsIn", "地平线")


def test_partners_of_a_joint_venture_hold_it(tmp_path):
    g = graph(tmp_path, "三星宣布将携手恩智浦与英飞凌，预计合资约80亿欧元，共同投资位于德国的欧洲半导体制造公司。")
    for partner in ("三星", "恩智浦", "英飞凌"):
        assert holds(g, partner, "investsIn", "欧洲半导体制造公司"), partner
    g = graph(tmp_path, "英特尔将联手博世、英飞凌在爱尔兰成立欧洲半导体制造公司。")
    for partner in ("英特尔", "博世", "英飞凌"):
        assert holds(g, partner, "investsIn", "欧洲半导体制造公司"), partner
    # the stakes of the partners are in the venture, not in the company the article is about
    g = graph(tmp_path, "台积电宣布在德国设厂。台积电表示将扩产。台积电将携手博世、英飞凌共同投资欧洲半导体制造公司，"
                        "其中台积电持股70%，博世和英飞凌各持股15%。")
    assert not holds(g, "博世", "investsIn", "台积电") and not holds(g, "英飞凌", "investsIn", "台积电")


def test_investors_names_in_shareholder_lists(tmp_path):
    names = companies(tmp_path, "从股权结构看，青松资本、红杉资本、腾讯创业投资等股东持股。"
                                "其他股东包括上海国盛(集团)有限公司、中国烟草总公司、武汉光谷某某控股集团有限公司。")
    for name in ("青松资本", "腾讯创业投资", "上海国盛(集团)有限公司", "中国烟草总公司", "武汉光谷某某控股集团有限公司"):
        assert name in names, name
    assert named(graph(tmp_path, "吉利集团宣布投资一家芯片公司。"), "吉利控股集团")


# --- review fixes: the kept word (…等股東, 股東之列, 持股N%) stands for the company a stake is in, and only the
# shareholder rules read it; each assert-not below was a false relation before the fixes.

ABOUT = "地平线发布新一代芯片。地平线营收大增。"  # an article whose main company is 地平线


def test_the_kept_word_is_read_by_the_shareholder_rules_only(tmp_path):
    g = graph(tmp_path, ABOUT + "君联资本、高瓴资本等股东联合投资了长鑫存储。")
    assert holds(g, "高瓴资本", "investsIn", "长鑫存储")
    assert not holds(g, "地平线", "investsIn", "长鑫存储")
    assert not holds(g, "高瓴资本", "investsIn", "地平线")
    g = graph(tmp_path, ABOUT + "联想、小米等股东与三星合作开发存储芯片。")
    assert not holds(g, "地平线", "partnerOf", "三星") and not holds(g, "三星", "partnerOf", "地平线")


def test_the_stake_is_in_the_company_the_passage_is_about_not_the_main_one(tmp_path):
    g = graph(tmp_path, ABOUT + "同样筹备上市的摩尔线程也公布了股权结构，腾讯、高瓴资本等股东合计持股6%。")
    assert holds(g, "腾讯", "investsIn", "摩尔线程")
    assert not holds(g, "腾讯", "investsIn", "地平线")
    g = graph(tmp_path, ABOUT + "摩尔线程递交了上市申请。腾讯、高瓴资本等股东合计持股6%。")
    assert holds(g, "腾讯", "investsIn", "摩尔线程") and not holds(g, "腾讯", "investsIn", "地平线")
    g = graph(tmp_path, ABOUT + "华为投资了海思，持股100%。")
    assert not holds(g, "华为", "investsIn", "地平线")
    # the sentence before names two companies: whose holders these are cannot be told
    g = graph(tmp_path, "高瓴资本公布业绩。高瓴资本近日领投了沐曦的新一轮融资。启明创投、腾讯等机构均在股东之列。")
    assert not holds(g, "启明创投", "investsIn", "高瓴资本") and not holds(g, "腾讯", "investsIn", "高瓴资本")


def test_a_stake_in_another_company_is_not_in_the_main_one(tmp_path):
    g = graph(tmp_path, ABOUT + "雷军是小米创始人，持股约23%。")
    assert not holds(g, "雷军", "investsIn", "地平线")
    g = graph(tmp_path, ABOUT + "任正非在华为持股约0.7%。中芯国际在中芯南方持股38.5%。")
    assert not holds(g, "华为", "investsIn", "地平线") and not holds(g, "中芯南方", "investsIn", "地平线")
    g = graph(tmp_path, ABOUT + "余凯的同事黄畅持股5%。")
    assert not holds(g, "余凯", "investsIn", "地平线")


def test_the_company_named_in_an_earlier_clause_is_the_one_held(tmp_path):
    g = graph(tmp_path, ABOUT + "从摩尔线程的股权结构看，腾讯、高瓴资本等股东合计持股6%。")
    assert holds(g, "腾讯", "investsIn", "摩尔线程") and not holds(g, "腾讯", "investsIn", "地平线")
    g = graph(tmp_path, ABOUT + "地平线上市前，腾讯、高瓴资本等机构均在股东之列。")
    assert holds(g, "腾讯", "investsIn", "地平线")


def test_what_a_funded_company_brings_in_is_not_always_an_investor(tmp_path):
    for text in ("地平线完成新一轮融资，同时引入英伟达的GPU架构。",
                 "地平线完成新一轮融资，融资后引入联想、小米等客户。",
                 "地平线完成新一轮融资，并引入了中芯国际、华虹半导体两家代工厂。",
                 "地平线完成新一轮融资，引入小米的前高管张三。"):
        g = graph(tmp_path, text)
        for who in ("英伟达", "联想", "小米", "中芯国际", "华虹半导体"):
            assert not holds(g, who, "investsIn", "地平线"), (text, who)


def test_no_shareholders_where_the_text_says_they_are_not(tmp_path):
    for text in ("华为、小米等公司均不在股东之列。", "华为、小米等早已不在股东之列。", "华为、小米等股东背景的企业纷纷入局。"):
        g = graph(tmp_path, ABOUT + text)
        assert not holds(g, "华为", "investsIn", "地平线") and not holds(g, "小米", "investsIn", "地平线"), text


def test_the_shareholders_of_someone_else_named_in_the_sentence(tmp_path):
    g = graph(tmp_path, "地平线与一所大学联合研发，合作方的股东包括华为、小米。")
    assert not holds(g, "华为", "investsIn", "地平线") and not holds(g, "小米", "investsIn", "地平线")


def test_a_client_rather_than_an_investor(tmp_path):
    g = graph(tmp_path, "华为是地平线的客户而非投资者。小米为地平线的投资者所熟知。")
    assert not holds(g, "华为", "investsIn", "地平线") and not holds(g, "小米", "investsIn", "地平线")


def test_a_stake_of_a_subsidiary_of_a_holder(tmp_path):
    g = graph(tmp_path, ABOUT + "华为持股10%，为地平线大股东的子公司。")
    assert not holds(g, "华为", "investsIn", "地平线")


def test_kinds_of_fund_in_an_investor_list_are_no_companies(tmp_path):
    names = companies(tmp_path, "私募基金、产业基金、政府引导基金等投资者均参与了本轮融资。")
    assert not names & {"私募基金", "产业基金", "政府引导基金"}


def test_two_companies_before_the_holders_name_neither_as_held(tmp_path):
    g = graph(tmp_path, ABOUT + "寒武纪与华为合作推出新品，腾讯、高瓴资本等股东合计持股15%。")
    for held in ("华为", "寒武纪", "地平线"):
        assert not holds(g, "腾讯", "investsIn", held) and not holds(g, "高瓴资本", "investsIn", held), held
