"""CREDITS lane: reporters' and editors' credits and datelines (kg/articles.py find_credits): the people,
the outlet they work for, and who wrote the article. Invented pages, names and outlets."""
import tempfile
from pathlib import Path

from kg.pipeline import make_graph


def graph(text: str):
    d = tempfile.mkdtemp()
    p = Path(d) / "t.txt"
    p.write_text(text, encoding="utf-8")
    return make_graph([p]).graph


def facts(text: str) -> tuple[set, set, set]:
    """(people, affiliations (person, organization), writers (person, article title))"""
    g = graph(text)
    people = {a["label"] for _n, a in g.nodes(data=True) if a.get("type") == "Person" and a.get("mention_count")}
    aff, wrote = set(), set()
    for u, v, k in g.edges(keys=True):
        if k == "affiliatedWith":
            aff.add((g.nodes[u]["label"], g.nodes[v]["label"]))
        elif k == "wrote":
            wrote.add((g.nodes[u]["label"], g.nodes[v]["title"]))
    return people, aff, wrote


def test_reporters_and_interns_in_brackets_after_an_outlets_dateline():
    people, aff, wrote = facts("某芯片公司今日上市\n\n金陵晚报网3月4日讯(记者 王小明 赵大海 实习生 孙一一 钱二二)"
                               "3月3日,某芯片公司在科创板挂牌上市。\n")
    assert {"王小明", "赵大海", "孙一一", "钱二二"} <= people
    assert {(p, "金陵晚报网") for p in ("王小明", "赵大海", "孙一一", "钱二二")} <= aff
    assert ("赵大海", "某芯片公司今日上市") in wrote


def test_reporter_wrote_the_article_the_editor_did_not():
    people, aff, wrote = facts("某芯片公司发布路线图\n2025-03-18 10:00:00\n\n蓝鲸新闻记者 | 张三丰\n\n"
                               "蓝鲸新闻编辑 | 李四光\n\n3月18日,某芯片公司发布路线图。\n")
    assert {("张三丰", "蓝鲸新闻"), ("李四光", "蓝鲸新闻")} <= aff
    assert ("张三丰", "某芯片公司发布路线图") in wrote
    assert not any(p == "李四光" for p, _t in wrote)


def test_agency_dateline_with_the_name_run_on_into_the_place():
    people, aff, wrote = facts("某基金成立 支持半導體產業\n(華夏社記者陳一心高雄27日電)某基金今日成立,註冊資本千億元。\n")
    assert "陳一心" in people and "陳一心高雄" not in people
    assert ("陳一心", "華夏社") in aff
    assert ("陳一心", "某基金成立 支持半導體產業") in wrote


def test_outlet_glued_to_the_role_at_the_end_of_a_paragraph():
    people, aff, wrote = facts("某芯片公司擬集資最多23億\n\n  消息指,某芯片公司提交上市申請文件,擬集資2億美元。"
                               "◆香港商報記者 黃大文\n\n  據招股文件,該公司成立於2016年。\n")
    assert ("黃大文", "香港商報") in aff
    assert ("黃大文", "某芯片公司擬集資最多23億") in wrote


def test_outlet_printed_after_the_editors_name_on_a_metadata_line():
    people, aff, _wrote = facts("某芯片公司半年利润超10亿\n\nIP属地 中国·上海 编辑:王五六 星探财经 时间:2025-03-27 20:11:55\n\n"
                                "3月26日,某芯片公司发布半年报。\n")
    assert ("王五六", "星探财经") in aff
    assert "星探财经" not in people


def test_editor_works_for_the_outlet_whose_own_report_it_is_not_for_a_wire_agency():
    _p, aff, _w = facts("某芯片公司面临新关税\n\n海峡新闻网3月28日讯 据外媒报道,美国政府正在研议一项新的半导体政策。"
                        "此举被视为重要一步。(编辑/郑九九) [责任编辑:郑九九]\n")
    assert ("郑九九", "海峡新闻网") in aff
    # an agency's wire (電) reprinted: the page's editor is not the agency's staff
    _p, aff, _w = facts("某芯片公司面临新关税\n\n新华社南京3月28日电 美国政府正在研议一项新的半导体政策。"
                        "此举被视为重要一步。(编辑/郑九九)\n")
    assert not any(p == "郑九九" for p, _o in aff)


def test_a_credit_line_over_an_untitled_page_is_no_title_and_no_one_wrote_a_title():
    people, _aff, wrote = facts("记者丨周七七 编辑丨吴八八\n某芯片公司即将登陆科创板,本次拟公开发行股票4000万股。\n"
                                "公司首次公开发行股票申请已获注册。\n")
    assert {"周七七", "吴八八"} <= people
    assert wrote == set()


def test_what_is_not_a_credit_gives_no_one():
    # 記者會 is no reporter's credit, 上海報道 no name; the reporter before it still counts
    people, aff, _w = facts("某公司召开发布会\n\n东方日报网3月5日讯(记者 赵小飞 上海报道)某公司今天召开发布会。"
                            "(记者会上,王某说)公司将扩产。\n")
    assert ("赵小飞", "东方日报网") in aff
    assert "王某说" not in people and "上海报道" not in people and "会上" not in people


def test_two_outlets_credits_on_one_line_and_a_space_before_the_reporters_bracket():
    _p, aff, wrote = facts("某公司新厂投产\n\n每日财经新闻记者:王小明 每日财经新闻编辑:李大海\n某公司新厂5日投产。\n")
    assert {("王小明", "每日财经新闻"), ("李大海", "每日财经新闻")} <= aff
    assert ("王小明", "某公司新厂投产") in wrote and not any(p == "李大海" for p, _t in wrote)
    _p, aff, _w = facts("某公司新厂投产\n\n东方日报网3月5日讯 (记者 王小明、李大海)某公司新厂5日投产。\n")
    assert {("王小明", "东方日报网"), ("李大海", "东方日报网")} <= aff


# -- review fixes: when in doubt, no credit ---------------------------------------------------------------

def orgs(text: str) -> set:
    g = graph(text)
    return {a["label"] for _n, a in g.nodes(data=True)
            if a.get("type") in ("Organization", "Company") and a.get("mention_count")}


def test_a_place_or_a_company_among_the_names_is_no_writer():
    # the place of the report closing the bracket is no name; the reporters before it still wrote
    people, _aff, wrote = facts("某芯片厂扩产\n\n某芯片厂今日宣布扩产。(记者 钱晓东 孙明远 无锡)\n")
    assert {("钱晓东", "某芯片厂扩产"), ("孙明远", "某芯片厂扩产")} <= wrote
    assert not any(p in ("无锡", "無錫") for p, _t in wrote)
    # a company the lexicon knows after the name: no credit at all
    _p, _aff, wrote = facts("某芯片厂扩产\n\n某芯片厂今日宣布扩产。作者:钱晓东 英特尔\n")
    assert wrote == set()


def test_a_role_the_cues_do_not_list_is_a_label_not_a_name():
    _p, _aff, wrote = facts("某芯片厂扩产\n\n某芯片厂今日宣布扩产。\n\n记者:钱晓东 审核:孙明远\n")
    assert wrote == {("钱晓东", "某芯片厂扩产")}
    # 出鏡 is listed nowhere: printed before a bar it is a role, and its name wrote nothing
    people, _aff, wrote = facts("某芯片厂扩产\n\n某芯片厂今日宣布扩产。\n\n撰稿丨钱晓东 出镜丨孙明远 海报丨周立新\n")
    assert wrote == {("钱晓东", "某芯片厂扩产")}
    assert "出镜" not in people


def test_a_sentence_or_a_caption_with_a_reporter_is_no_credit():
    # a word that is no name in the run: the whole run is no credit
    _p, _aff, wrote = facts("某晶圓廠擴產\n\n某晶圓廠 記者會上 錢曉東 宣布 擴廠\n\n某晶圓廠今日宣布擴產。\n")
    assert wrote == set()
    # a picture's caption (▲): the people pictured wrote nothing
    _p, _aff, wrote = facts("某晶圓廠擴產\n\n某晶圓廠今日宣布擴產。\n\n▲記者 錢曉東 訪問 孫明遠\n")
    assert wrote == set()
    _p, _aff, wrote = facts("某晶圓廠擴產\n\n某晶圓廠今日宣布擴產。\n\n▲记者 钱晓东 孙明远 留影\n")
    assert wrote == set()


def test_the_author_of_a_book_or_paper_did_not_write_the_article():
    _p, _aff, wrote = facts("某团队发表芯片散热新成果\n\n近日,某团队在期刊发表新成果。\n\n论文信息\n"
                            "作者:钱晓东 孙明远\n")
    assert wrote == set()
    _p, _aff, wrote = facts("新书推荐:晶体管往事\n\n这本书讲述了晶体管的历史。\n\n作者 钱晓东\n\n出版 某某人民出版社\n")
    assert wrote == set()


def test_no_outlet_from_our_paper_a_cited_agency_or_a_column_tag():
    found = orgs("某芯片厂扩产\n\n本报上海4月2日电 (记者 钱晓东)某芯片厂今日宣布扩产。\n")
    assert not any(o.startswith("本") for o in found)
    found = orgs("某芯片厂扩产\n\n据新华社4月2日电 某芯片厂今日宣布扩产。\n")
    assert not any(o.startswith("据") or o.startswith("據") for o in found)
    found = orgs("某芯片厂扩产\n\n【产业快报】某芯片厂今日宣布扩产。\n")
    assert "产业快报" not in found
    found = orgs("某芯片厂扩产\n\n某芯片厂今日宣布扩产。(出版社编辑 钱晓东)\n")
    assert "出版社" not in found


def test_a_sourced_reporter_or_a_guest_writer_is_not_the_pages_staff():
    _p, aff, _w = facts("某芯片厂扩产\n\n江南日报网4月2日讯 某芯片厂今日宣布扩产。\n\n来源:新华社 记者:钱晓东\n")
    assert ("钱晓东", "江南日报网") not in aff
    _p, aff, wrote = facts("某芯片厂扩产\n\n江南日报网4月2日讯 某芯片厂今日宣布扩产。\n\n(作者:钱晓东)\n")
    assert ("钱晓东", "江南日报网") not in aff
    assert ("钱晓东", "某芯片厂扩产") in wrote


def test_a_name_is_cut_before_and_others_and_a_photo_giver_wrote_nothing():
    people, _aff, wrote = facts("某芯片厂扩产\n\n某芯片厂今日宣布扩产。(记者 钱晓东 孙明远等)\n")
    assert "孙明远" in people and "孙明远等" not in people
    assert ("孙明远", "某芯片厂扩产") in wrote
    _p, _aff, wrote = facts("某晶圓廠擴產\n\n▲某晶圓廠新廠房。(記者錢曉東提供)\n\n某晶圓廠今日宣布擴產。\n")
    assert wrote == set()
    # a compound surname run on into the day, an agency's roundup of foreign reports
    people, aff, _w = facts("某晶圓廠擴產\n\n(華夏社記者歐陽曉東27日電)某晶圓廠今日宣布擴產。\n")
    assert ("歐陽曉東", "華夏社") in aff
    people, aff, _w = facts("某晶圓廠擴產\n\n(華夏社記者錢曉東綜合外電報導)某晶圓廠今日宣布擴產。\n")
    assert ("錢曉東", "華夏社") in aff


def test_the_evidence_is_the_credit_as_printed():
    g = graph("某芯片厂扩产\n\n江南日报网4月2日讯 某芯片厂今日宣布扩产。\n\n公司称新厂明年投产。\n\n(编辑/郑九九)\n")
    evs = [e for u, v, k, a in g.edges(keys=True, data=True) if k == "affiliatedWith"
           for e in a.get("evidence") or [] if e.rule == "credit:affiliation"]
    assert evs and all("编辑/郑九九" in e.sentence and "扩产" not in e.sentence for e in evs)
