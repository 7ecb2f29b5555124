"""Street types for English addresses: the published standard lists in full, not the types seen in notes.

Addresses from any English-speaking country use types a hand-picked list misses (Gates, Lower, Circlet,
Rosebowl), so each country's list is here whole, with where it comes from:

* USPS Publication 28, Appendix C1 (primary street suffix names, standard abbreviations and the commonly
  used variants it maps to them), read from usaddress-scourgify 0.7.1's ``address_constants.py`` (MIT;
  wheel sha256 bddd5fb05f988795930ce5a781ba885b616a34e8d3e40ebd078568645273cd36), with Burg, Club,
  Cove, Green and Ways restored (that file maps them to other types) and without the prefix forms
  (County Road, State Highway, US Route: the number comes after them);
* G-NAF's road type table (STREET_TYPE_AUT, the AS 4590 types Australia Post and PSMA use), read from
  address-net 1.0's ``lookups.py`` (MIT; sdist sha256
  b0c0973c51073bd38f900d62620be7ecb67108ec201c3f9f0338232ba6a1e171), without its NULL and compass points;
* the AS 4590 / Australia Post road types and abbreviations G-NAF's table leaves out, NZ Post's road
  types (AS/NZS 4819), Canada Post's English street types and abbreviations, and common UK and Irish
  thoroughfare types, written here from the published lists.

Common words among them (Lower, View, Way, Close, Rise) are safe because the address pattern needs a
house number before and capitalised name words between (``recognizers_en.street_address``).
"""

from medgate.guardrails.phi import held_regex as regex

# USPS Publication 28, Appendix C1: primary street suffix names
USPS = (
    "Alley|Annex|Arcade|Avenue|Bayou|Beach|Bend|Bluff|Bluffs|Bottom|Boulevard|Branch|Bridge|Brook|Brooks|"
    "Burg|Burgs|Bypass|Camp|Camps|Canyon|Cape|Causeway|Center|Centers|Circle|Circles|Cliff|Cliffs|Club|"
    "Common|Corner|Corners|Course|Court|Courts|Cove|Coves|Creek|Crescent|Crest|Crossing|Crossroad|"
    "Crossroads|Curve|Dale|Dam|Divide|Drive|Drives|Estate|Estates|Expressway|Extension|Extensions|Fall|"
    "Falls|Ferry|Field|Fields|Flat|Flats|Ford|Fords|Forest|Forests|Forge|Forges|Fork|Forks|Fort|Freeway|"
    "Garden|Gardens|Gateway|Glen|Glens|Green|Greens|Grove|Groves|Harbor|Harbors|Haven|Heights|Highway|"
    "Hill|Hills|Hollow|Inlet|Island|Islands|Isle|Junction|Junctions|Key|Keys|Knoll|Knolls|Lake|Lakes|"
    "Land|Landing|Lane|Light|Lights|Loaf|Lock|Locks|Lodge|Loop|Mall|Manor|Manors|Meadow|Meadows|Mews|"
    "Mill|Mills|Mission|Motorway|Mount|Mountain|Mountains|Neck|Orchard|Oval|Overpass|Park|Parks|Parkway|"
    "Pass|Passage|Path|Paths|Pike|Pikes|Pine|Pines|Place|Plain|Plains|Plaza|Point|Points|Port|Ports|"
    "Prairie|Radial|Ramp|Ranch|Rapid|Rapids|Rest|Ridge|Ridges|River|Road|Roads|Route|Row|Rue|Run|Shoal|"
    "Shoals|Shore|Shores|Skyway|Spring|Springs|Spur|Spurs|Square|Squares|Station|Stravenue|Stream|Street|"
    "Streets|Summit|Terrace|Throughway|Trace|Track|Trafficway|Trail|Trailer|Tunnel|Turnpike|Underpass|"
    "Union|Unions|Valley|Valleys|Viaduct|View|Views|Village|Villages|Ville|Vista|Walk|Wall|Way|Ways|Well|"
    "Wells"
)

# ... its standard abbreviations
USPS_ABBREVIATIONS = (
    "Aly|Anx|Arc|Ave|Bch|Bg|Bgs|Blf|Blfs|Blvd|Bnd|Br|Brg|Brk|Brks|Btm|Byp|Byu|Cir|Cirs|Clb|Clf|Clfs|Cmn|"
    "Cor|Cors|Cp|Cpe|Cres|Crk|Crse|Crst|Cswy|Ct|Ctr|Ctrs|Cts|Curv|Cv|Cvs|Cyn|Dl|Dm|Dr|Drs|Dv|Est|Ests|"
    "Expy|Ext|Exts|Fall|Fld|Flds|Fls|Flt|Flts|Frd|Frds|Frg|Frgs|Frk|Frks|Frst|Fry|Ft|Fwy|Gdn|Gdns|Gln|"
    "Glns|Grn|Grns|Grv|Grvs|Gtwy|Hbr|Hbrs|Hl|Hls|Holw|Hts|Hvn|Hwy|Inlt|Is|Isle|Iss|Jct|Jcts|Knl|Knls|Ky|"
    "Kys|Land|Lck|Lcks|Ldg|Lf|Lgt|Lgts|Lk|Lks|Ln|Lndg|Loop|Mall|Mdw|Mdws|Mews|Ml|Mls|Mnr|Mnrs|Msn|Mt|Mtn|"
    "Mtns|Mtwy|Nck|Opas|Orch|Oval|Park|Pass|Path|Pike|Pkwy|Pl|Pln|Plns|Plz|Pne|Pnes|Pr|Prt|Prts|Psge|Pt|"
    "Pts|Radl|Ramp|Rd|Rdg|Rdgs|Rds|Riv|Rnch|Row|Rpd|Rpds|Rst|Rte|Rue|Run|Shl|Shls|Shr|Shrs|Skwy|Smt|Spg|"
    "Spgs|Spur|Sq|Sqs|St|Sta|Stra|Strm|Sts|Ter|Tpke|Trak|Trce|Trfy|Trl|Trlr|Trwy|Tunl|Un|Uns|Upas|Via|"
    "Vis|Vl|Vlg|Vlgs|Vly|Vlys|Vw|Vws|Walk|Wall|Way|Ways|Wl|Wls|Xing|Xrd|Xrds"
)

# ... and the other commonly used suffixes and abbreviations it lists
USPS_VARIANTS = (
    "Allee|Ally|Anex|Annx|Av|Aven|Avenu|Avn|Avnue|Bayoo|Bluf|Bot|Bottm|Boul|Boulv|Brdge|Brnch|Bypa|Bypas|"
    "Byps|Canyn|Causway|Cen|Cent|Centr|Centre|Circ|Circl|Ck|Cmp|Cnter|Cntr|Cnyn|Cr|Crcl|Crcle|Crecent|"
    "Cresent|Crscnt|Crsent|Crsnt|Crssing|Crssng|Crt|Div|Driv|Drv|Dvd|Exp|Expr|Express|Expw|Extn|Extnsn|"
    "Forg|Freewy|Frry|Frt|Frway|Frwy|Gardn|Gatewy|Gatway|Grden|Grdn|Grdns|Grov|Gtway|Harb|Harbr|Havn|"
    "Height|Hgts|Highwy|Hiway|Hiwy|Hllw|Hollows|Holws|Hrbor|Ht|Hway|Isles|Islnd|Islnds|Jction|Jctn|Jctns|"
    "Junctn|Juncton|Knol|La|Lanes|Ldge|Lndng|Lodg|Loops|Medows|Missn|Mnt|Mntain|Mntn|Mntns|Mountin|Mssn|"
    "Mtin|Orchrd|Ovl|Parkways|Parkwy|Pk|Pkway|Pkwys|Pky|Plaines|Plza|Prarie|Prk|Prr|Rad|Radiel|Ranches|"
    "Rdge|Rivr|Rnchs|Rvr|Shoar|Shoars|Spng|Spngs|Sprng|Sprngs|Sqr|Sqre|Sqrs|Squ|Statn|Stn|Str|Strav|"
    "Strave|Straven|Stravn|Streme|Strt|Strvn|Strvnue|Sumit|Sumitt|Terr|Tpk|Tr|Traces|Tracks|Trails|Trk|"
    "Trks|Trls|Trnpk|Trpk|Tunel|Tunls|Tunnels|Tunnl|Turnpk|Vally|Vdct|Viadct|Vill|Villag|Villg|Villiage|"
    "Vist|Vlly|Vst|Vsta|Walks|Wy"
)

# G-NAF's road types (STREET_TYPE_AUT, AS 4590), without its NULL and compass points
GNAF = (
    "Access|Acre|Airwalk|Alley|Alleyway|Amble|Approach|Arcade|Arterial|Artery|Avenue|Banan|Bank|Bay|"
    "Beach|Bend|Boardwalk|Boulevard|Boulevarde|Bowl|Brace|Brae|Branch|Break|Brett|Bridge|Broadwalk|"
    "Broadway|Brow|Bull|Busway|Bypass|Byway|Causeway|Centre|Centreway|Chase|Circle|Circlet|Circuit|"
    "Circus|Close|Cluster|Colonnade|Common|Commons|Concord|Concourse|Connection|Copse|Corner|Corso|"
    "Course|Court|Courtyard|Cove|Crescent|Crest|Crief|Crook|Cross|Crossing|Cruiseway|Cul-De-Sac|Cut|"
    "Cutting|Dale|Dash|Dell|Dene|Deviation|Dip|Distributor|Divide|Dock|Domain|Down|Downs|Drive|Driveway|"
    "Easement|Edge|Elbow|End|Entrance|Esplanade|Estate|Expressway|Extension|Fairway|Firebreak|Fireline|"
    "Firetrack|Firetrail|Flat|Flats|Follow|Footway|Ford|Foreshore|Fork|Formation|Freeway|Front|Frontage|"
    "Gap|Garden|Gardens|Gate|Gateway|Glade|Glen|Grange|Green|Grove|Gully|Harbour|Haven|Heath|Heights|"
    "Highroad|Highway|Hike|Hill|Hills|Hollow|Hub|Inlet|Interchange|Island|Junction|Key|Keys|Knoll|Ladder|"
    "Landing|Lane|Laneway|Lead|Leader|Line|Link|Lookout|Loop|Lynne|Mall|Manor|Mart|Maze|Mead|Meander|Mew|"
    "Mews|Mile|Motorway|Nook|Outlet|Outlook|Oval|Palms|Parade|Paradise|Park|Parkway|Part|Pass|Passage|"
    "Path|Pathway|Peninsula|Piazza|Place|Plaza|Pocket|Point|Port|Precinct|Promenade|Pursuit|Quad|"
    "Quadrant|Quay|Quays|Ramble|Ramp|Range|Reach|Reef|Reserve|Rest|Retreat|Return|Ride|Ridge|"
    "Right Of Way|Ring|Rise|Rising|River|Road|Roads|Roadway|Rotary|Round|Route|Row|Rowe|Rue|Run|"
    "Serviceway|Shunt|Skyline|Slope|Spur|Square|Steps|Straight|Strait|Strand|Street|Strip|Subway|Tarn|"
    "Terrace|Thoroughfare|Throughway|Tollway|Top|Tor|Track|Trail|Tramway|Traverse|Triangle|Trunkway|"
    "Tunnel|Turn|Twist|Underpass|Vale|Valley|Verge|Viaduct|View|Views|Villa|Village|Villas|Vista|Vue|"
    "Wade|Walk|Walkway|Waters|Waterway|Way|Wharf|Wood|Woods|Wynd|Yard"
)

# ... and their abbreviations
GNAF_ABBREVIATIONS = (
    "Accs|Ally|Alwy|Ambl|App|Arc|Artl|Arty|Av|Ba|Br|Brk|Bvd|Bwlk|Bypa|Bywy|Cct|Ch|Cir|Cl|Cnr|Con|Cps|Cr|"
    "Crcs|Crss|Crst|Csac|Cswy|Ct|Ctr|Ctyd|Cutt|Dr|Dvwy|Elb|Ent|Esp|Exp|Fawy|Folw|Form|Frtg|Ftwy|Fwy|Gdns|"
    "Glde|Gr|Gra|Grn|Gte|Hird|Hts|Hwy|Intg|Jnc|Lkt|Lnwy|Mndr|Mtwy|Otlk|Pde|Piaz|Pkt|Plza|Pnt|Prom|Psge|"
    "Pway|Pwy|Qdrt|Qys|Rd|Rdge|Rmbl|Rte|Rtt|Rty|Sbwy|Shun|Sq|St|Svwy|Tce|Thfr|Tlwy|Trk|Trl|Upas|Viad|"
    "Vsta|Whrf|Wkwy"
)

# AS 4590 / Australia Post road types and abbreviations that G-NAF's table leaves out
AUSTRALIA_POST = (
    "Anch|Anchorage|Basin|Block|Bvde|Centreway|Circlet|Clde|Clt|Coast|Coway|Cowy|Crd|Crossroad|Cuwy|Devn|"
    "Distributor|Dstr|Fire Track|Gates|Grnd|Ground|Gtes|Intersection|Intn|Lees|Little|Lower|Lwr|"
    "Parklands|Pkld|Plat|Plateau|Qdgl|Quadrangle|Rdsd|Rgwy|Ridgeway|Riverway|Riviera|Rnde|Rnge|Roadside|Ronde|Rosebowl|"
    "Rsbl|Rvra|Rvwy|Sdng|Service Way|Siding|Slpe|Snd|Sound|Stairs|Strs|Towers|Twrs|Upper|Upr|Vlls|Wharf"
)

# NZ Post road types (AS/NZS 4819; most are in the Australian lists too) and abbreviations
NZ_POST = (
    "Ave|Avenue|Boulevard|Circle|Close|Common|Court|Cres|Crescent|Crest|Crst|Downs|Dr|Drive|Esp|"
    "Esplanade|Glade|Gln|Gr|Grange|Green|Grove|Heights|Highway|Hill|Hts|Hwy|Knoll|Landing|Lane|Ln|Loop|"
    "Mall|Mews|Mount|Parade|Pde|Pl|Place|Prom|Promenade|Quay|Rd|Reach|Reserve|Retreat|Ridge|Rise|Road|"
    "Row|Run|Sq|Square|St|Steps|Strand|Street|Summit|Tce|Terrace|Track|Trk|Vale|Valley|View|Walk|Way|Wk|"
    "Wy|Wynd"
)

# Canada Post street types (English) and their abbreviations
CANADA_POST = (
    "Abbey|Acres|Alley|Ave|Avenue|Bay|Beach|Bend|Blvd|Boulevard|By-pass|Byway|Campus|Cape|Cds|Centre|"
    "Chase|Cir|Circle|Circt|Circuit|Close|Common|Conc|Concession|Corners|Court|Cove|Cres|Crescent|Crnrs|"
    "Crossing|Crt|Cul-de-sac|Dale|Dell|Diversion|Downs|Dr|Drive|End|Esplanade|Estates|Expressway|Expy|"
    "Exten|Extension|Farm|Field|Forest|Freeway|Front|Gardens|Gate|Gdns|Glade|Glen|Green|Grounds|Grove|"
    "Harbour|Harbr|Heath|Heights|Hghlds|Highlands|Highway|Hill|Hollow|Hts|Hwy|Inlet|Island|Key|Knoll|"
    "Landing|Lane|Limits|Line|Link|Lkout|Lmts|Lookout|Loop|Mall|Manor|Maze|Meadow|Mews|Moor|Mount|"
    "Mountain|Mtn|Orch|Orchard|Parade|Park|Parkway|Passage|Path|Pathway|Pines|Pky|Pl|Place|Plat|Plateau|"
    "Plaza|Point|Port|Private|Prom|Promenade|Pt|Ptway|Pvt|Quay|Ramp|Range|Rd|Ridge|Rise|Road|Route|Row|"
    "Rte|Run|Sq|Square|St|Street|Subdiv|Subdivision|Terr|Terrace|Thicket|Tline|Towers|Townline|Trail|"
    "Turnabout|Vale|Via|View|Village|Villas|Vista|Walk|Way|Wharf|Wood|Wynd"
)

# common UK and Irish thoroughfare types
UK_IRELAND = (
    "Approach|Bank|Brae|Broadway|Brow|Causeway|Chase|Circus|Close|Coppice|Copse|Cottages|Court|Crescent|"
    "Croft|Crofts|Dale|Dell|Demesne|Dene|Drift|Drive|Drove|Embankment|End|Fields|Fold|Gait|Gardens|Garth|"
    "Gate|Glebe|Green|Grove|Hey|Hill|Hythe|Ings|Lane|Lawn|Lawns|Lea|Leas|Leys|Loan|Market|Mead|Meadows|"
    "Mews|Moor|Mount|Nook|Oaks|Paddock|Parade|Passage|Pastures|Pavement|Place|Pleasance|Promenade|"
    "Quadrant|Quay|Ridings|Rise|Road|Row|Side|Sidings|Square|Steps|Strand|Street|Terrace|Twitten|Vale|"
    "Vennel|View|Villas|Walk|Walks|Way|Wharf|Wood|Woods|Wynd|Yard"
)

LISTS = (
    USPS,
    USPS_ABBREVIATIONS,
    USPS_VARIANTS,
    GNAF,
    GNAF_ABBREVIATIONS,
    AUSTRALIA_POST,
    NZ_POST,
    CANADA_POST,
    UK_IRELAND,
)
STREET_TYPES = frozenset(word for words in LISTS for word in words.split("|"))


def street_type_pattern() -> str:
    """A regex alternation of every street type, longest first; a space inside one (Right Of Way) may be
    any run of blanks."""
    ordered = sorted(STREET_TYPES, key=lambda word: (-len(word), word))
    return "|".join(regex.escape(word).replace(r"\ ", r"[ \t]++") for word in ordered)
