# The names of the 30 EU/EEA countries, for the data protection authorities
# (src/authorities.rs): `country-` and the country's ISO 3166-1 code in lowercase. German Land
# names are not translated: they stay German in every language (authorities.toml, `land`).

country-at = L-Awstrija
country-be = Il-Belġju
country-bg = Il-Bulgarija
country-cy = Ċipru
country-cz = Iċ-Ċekja
country-de = Il-Ġermanja
country-dk = Id-Danimarka
country-ee = L-Estonja
country-es = Spanja
country-fi = Il-Finlandja
country-fr = Franza
country-gr = Il-Greċja
country-hr = Il-Kroazja
country-hu = L-Ungerija
country-ie = L-Irlanda
country-is = L-Islanda
country-it = L-Italja
country-li = Il-Liechtenstein
country-lt = Il-Litwanja
country-lu = Il-Lussemburgu
country-lv = Il-Latvja
country-mt = Malta
country-nl = Il-Pajjiżi l-Baxxi
country-no = In-Norveġja
country-pl = Il-Polonja
country-pt = Il-Portugall
country-ro = Ir-Rumanija
country-se = L-Iżvezja
country-si = Is-Slovenja
country-sk = Is-Slovakkja
