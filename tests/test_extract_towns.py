"""The world's town list (kg/extract/towns.py): the shipped GeoNames extract, how it is made and read."""

from __future__ import annotations

from kg.extract.towns import Town, extract_rows, load_towns, parse_towns


def test_the_shipped_list_knows_towns_by_their_press_spellings_and_countries() -> None:
    towns = load_towns()
    assert towns.lookup("Kiev")[0] == towns.lookup("Kyiv")[0] and towns.lookup("Kiev")[0].country == "UA"
    assert towns.lookup("Nasiriya")[0].country == "IQ"
    assert towns.lookup("Bogota")[0].name == "Bogotá"
    assert towns.country_name(towns.lookup("Medellín")[0]) == "Colombia"
    assert [t.country for t in towns.lookup("Paris")][:1] == ["FR"]  # the most populous first
    assert towns.lookup("protesters") == [] and towns.lookup("") == []


def test_an_extract_keeps_latin_names_of_large_towns_and_reads_back() -> None:
    cities = {
        "2": {"geonameid": 2, "name": "Ndola", "countrycode": "ZM", "population": 475194,
              "alternatenames": ["NLA", "Ndola", "Ндола", "Ndolah", "n dola"]},
        "1": {"geonameid": 1, "name": "Kasama", "countrycode": "ZM", "population": 30000,
              "alternatenames": ["Kasamah"]},
    }
    rows = list(extract_rows(cities, {"ZM": {"name": "Zambia"}}))
    assert rows == ["=ZM\tZambia", "Ndola\tZM\t475194\tndola|ndolah", "Kasama\tZM\t30000\tkasama"]
    towns = parse_towns(["# a comment", *rows])
    assert towns.lookup("Ndolah") == [Town("Ndola", "ZM", 475194)]
    assert towns.lookup("Kasamah") == []  # other names only for towns of 100,000 or more
    assert towns.lookup("NLA") == []  # codes are not names
    assert towns.country_name(towns.lookup("Kasama")[0]) == "Zambia"
