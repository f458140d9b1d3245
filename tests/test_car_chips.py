"""Chips in cars, robots and phones: the SKUs car makers are offered (DRIVE Thor's Thor-X, Thor-S …), the
robot module and the phone SoCs by their printed names, and a level of driving automation is no chip model
(L4級智駕, L2+級輔助駕駛). Invented sentences."""
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).parent))
from mention_helpers import mentions  # noqa: E402


def test_thor_versions_robot_module_and_phone_socs_are_known_chips():
    got = mentions("英偉達DRIVE AGX Thor有多個版本，Thor-X與Thor-S供車廠選用。某機器人採用Jetson AGX Thor。"
                   "高通驍龍8 Elite Gen 5與驍龍8 Elite均為旗艦晶片。", "Chip")
    assert got.get("DRIVE AGX Thor") == "DRIVE Thor"
    assert got.get("Jetson AGX Thor") == "Jetson Thor"
    assert {"Thor-X", "Thor-S"} <= set(got.values())
    assert got.get("驍龍8 Elite Gen 5") == "驍龍8 Elite Gen 5" and got.get("驍龍8 Elite") == "驍龍8 Elite"


def test_a_level_of_driving_automation_is_no_chip():
    # a chip cue (晶片, 算力) in the sentence: the level still is no chip
    got = mentions("英偉達的L4級自動駕駛晶片算力達1000TOPS。小鵬採用英偉達Orin-X晶片，支援L3級智駕，入門車款則支持"
                   "L2+級輔助駕駛。", "Chip")
    assert "Orin-X" in got and not {"L4", "L2", "L2+", "L3"} & set(got), got


def test_the_l4_gpu_is_still_a_chip():
    assert "L4" in mentions("輝達推出L4推理卡，L40S也同步出貨。", "Chip")
