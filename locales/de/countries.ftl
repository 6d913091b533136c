# The names of the 30 EU/EEA countries, for the data protection authorities
# (src/authorities.rs): `country-` and the country's ISO 3166-1 code in lowercase. German Land
# names are not translated: they stay German in every language (authorities.toml, `land`).

country-at = Österreich
country-be = Belgien
country-bg = Bulgarien
country-cy = Zypern
country-cz = Tschechien
country-de = Deutschland
country-dk = Dänemark
country-ee = Estland
country-es = Spanien
country-fi = Finnland
country-fr = Frankreich
country-gr = Griechenland
country-hr = Kroatien
country-hu = Ungarn
country-ie = Irland
country-is = Island
country-it = Italien
country-li = Liechtenstein
country-lt = Litauen
country-lu = Luxemburg
country-lv = Lettland
country-mt = Malta
country-nl = Niederlande
country-no = Norwegen
country-pl = Polen
country-pt = Portugal
country-ro = Rumänien
country-se = Schweden
country-si = Slowenien
country-sk = Slowakei
