# The names of the 30 EU/EEA countries, for the data protection authorities
# (src/authorities.rs): `country-` and the country's ISO 3166-1 code in lowercase. German Land
# names are not translated: they stay German in every language (authorities.toml, `land`).

country-at = Австрия
country-be = Белгия
country-bg = България
country-cy = Кипър
country-cz = Чехия
country-de = Германия
country-dk = Дания
country-ee = Естония
country-es = Испания
country-fi = Финландия
country-fr = Франция
country-gr = Гърция
country-hr = Хърватия
country-hu = Унгария
country-ie = Ирландия
country-is = Исландия
country-it = Италия
country-li = Лихтенщайн
country-lt = Литва
country-lu = Люксембург
country-lv = Латвия
country-mt = Малта
country-nl = Нидерландия
country-no = Норвегия
country-pl = Полша
country-pt = Португалия
country-ro = Румъния
country-se = Швеция
country-si = Словения
country-sk = Словакия
