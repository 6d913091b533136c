# The names of the 30 EU/EEA countries, for the data protection authorities
# (src/authorities.rs): `country-` and the country's ISO 3166-1 code in lowercase. German Land
# names are not translated: they stay German in every language (authorities.toml, `land`).

country-at = Österrike
country-be = Belgien
country-bg = Bulgarien
country-cy = Cypern
country-cz = Tjeckien
country-de = Tyskland
country-dk = Danmark
country-ee = Estland
country-es = Spanien
country-fi = Finland
country-fr = Frankrike
country-gr = Grekland
country-hr = Kroatien
country-hu = Ungern
country-ie = Irland
country-is = Island
country-it = Italien
country-li = Liechtenstein
country-lt = Litauen
country-lu = Luxemburg
country-lv = Lettland
country-mt = Malta
country-nl = Nederländerna
country-no = Norge
country-pl = Polen
country-pt = Portugal
country-ro = Rumänien
country-se = Sverige
country-si = Slovenien
country-sk = Slovakien
