#!/bin/sh
# Draws the 16x16 object icons of bundles/org.hyoka.model.edit/icons/full/obj16 (and the roadmap add-on's PeriodRevision), one per kind of object, with
# ImageMagick: a shape per family (documents, program, people, committee, scores, budgets, indicators, comments)
# and a colour or mark per kind. GIF, as EMF's generated item providers load "full/obj16/<Class>" with that extension.
# Run again after changing a drawing: releng/scripts/draw-icons.sh
set -e
cd "$(dirname "$0")/../.."
out=bundles/org.hyoka.model.edit/icons/full/obj16
command -v convert >/dev/null || { echo "draw-icons: ImageMagick's convert is needed" >&2; exit 1; }

# icon NAME DRAW-ARGUMENTS...: a transparent 16x16 canvas, the drawing, alpha cut to GIF's one bit
icon() {
	name=$1
	shift
	convert -size 16x16 xc:none -strokewidth 1 "$@" -channel A -threshold 50% +channel "$out/$name.gif"
}

# families: outline colour and fill
doc="-stroke #4d5b6a -fill #ffffff"
blue="-stroke #1f4e85 -fill #4f8fd8"
person="-stroke #8a4b12 -fill #f0a050"
org="-stroke #3d4b5c -fill #9db0c6"
purple="-stroke #4b2d75 -fill #9b72d0"
green="-stroke #1d5e39 -fill #5cb885"
gold="-stroke #7d5f06 -fill #f2c84b"
red="-stroke #7b1f16 -fill #e0665a"
teal="-stroke #0d5c4e -fill #3fbfa5"
bubble="-stroke #7d6608 -fill #fbe38e"
grey="-stroke #505050 -fill #c8c8c8"

page="polygon 2.5,0.5 10.5,0.5 13.5,3.5 13.5,15.5 2.5,15.5"
lines="line 5,6 11,6 line 5,9 11,9 line 5,12 9,12"

# documents
icon EvaluationReport $doc -draw "$page" -stroke '#1f4e85' -draw "$lines" -fill '#d03a2f' -stroke none -draw "rectangle 3,1 5,4"
icon Evaluation $doc -draw "$page" -stroke '#8a8a8a' -draw "line 5,4 11,4" -stroke '#1d5e39' -fill none -strokewidth 2 -draw "polyline 4,10 7,13 13,6"
icon SourceDocument $doc -draw "$page" -stroke '#8a8a8a' -draw "$lines"
icon SourceRef $doc -draw "$page" -stroke '#8a8a8a' -draw "line 5,6 11,6" -stroke '#d03a2f' -fill none -draw "line 5,10 11,10 line 8,8 11,10 line 8,12 11,10"
icon NarrativeSection $doc -draw "$page" -stroke '#4d5b6a' -draw "line 5,4 10,4 line 5,7 11,7 line 5,9 11,9 line 5,11 11,11 line 5,13 11,13"
icon BudgetRequestSheet $doc -draw "$page" -stroke '#7d5f06' -fill '#f2c84b' -draw "circle 8,10 8,6"
icon UpperPolicy $doc -draw "$page" -stroke '#d03a2f' -fill '#d03a2f' -draw "polygon 8,4 11,8 9,8 9,12 7,12 7,8 5,8"
icon PublicationRecord $blue -draw "rectangle 2.5,1.5 12.5,14.5" -stroke '#ffffff' -draw "line 5,1 5,15" -draw "line 7,5 11,5 line 7,8 11,8"

# program and its parts
icon Program $blue -draw "roundrectangle 0.5,3.5 15.5,14.5 2,2" -fill '#8fbbe9' -draw "rectangle 0.5,3.5 6.5,1.5"
icon Project $blue -draw "rectangle 1.5,4.5 14.5,14.5" -fill '#8fbbe9' -draw "polygon 1.5,4.5 4.5,1.5 11.5,1.5 14.5,4.5"
icon ResearchItem $blue -draw "circle 8,8 8,1.5" -fill '#ffffff' -stroke '#ffffff' -draw "circle 8,8 8,5"
icon ResearchTask $blue -draw "rectangle 1.5,1.5 14.5,14.5" -stroke '#ffffff' -strokewidth 2 -fill none -draw "polyline 4,8 7,11 12,4"
icon OutputItem $blue -draw "polygon 8,0.5 15.5,8 8,15.5 0.5,8"
icon LineageEntry $blue -fill none -strokewidth 2 -draw "line 4,2 4,14 line 4,8 12,4 line 4,8 12,12" -fill '#4f8fd8' -strokewidth 1 -draw "circle 12,4 12,2 circle 12,12 12,10"
icon Period $teal -draw "rectangle 0.5,5.5 15.5,10.5" -stroke '#ffffff' -draw "line 3,8 13,8" -stroke '#0d5c4e' -draw "line 0.5,2 0.5,14 line 15.5,2 15.5,14"
icon DatedEvent $grey -draw "rectangle 1.5,2.5 14.5,14.5" -fill '#d03a2f' -draw "rectangle 1.5,2.5 14.5,5.5" -fill '#505050' -stroke none -draw "rectangle 9,9 12,12"
icon AddOnReference $grey -draw "rectangle 2.5,5.5 13.5,14.5" -draw "circle 8,4 8,1.5"

# people and organisations
head="circle 8,4.5 8,1.5"
shoulders="ellipse 8,14 5.5,5 180,360"
icon Person $person -draw "$head" -draw "$shoulders"
icon CommitteeMember $person -draw "$head" -draw "$shoulders" -stroke '#4b2d75' -fill '#9b72d0' -draw "circle 12.5,12.5 12.5,10"
icon RoleAssignment $person -draw "$head" -draw "$shoulders" -stroke '#1f4e85' -fill '#4f8fd8' -draw "rectangle 9.5,9.5 15.5,13.5"
icon Organization $org -draw "rectangle 2.5,3.5 13.5,15.5" -stroke '#3d4b5c' -fill '#ffffff' -draw "rectangle 5,6 7,8 rectangle 9,6 11,8 rectangle 5,11 7,13 rectangle 9,11 11,13"
icon PerformerSite $org -draw "rectangle 1.5,6.5 10.5,15.5" -stroke '#7b1f16' -fill '#e0665a' -draw "circle 12,4.5 12,1.5" -draw "polygon 10,6 14,6 12,10"
icon GovernanceBody $org -draw "polygon 1,5.5 8,1 15,5.5" -draw "rectangle 2.5,13.5 13.5,15.5" -draw "line 4,7 4,12 line 8,7 8,12 line 12,7 12,12"

# committee and meetings
icon EvaluationCommittee $purple -draw "circle 4,5 4,3 circle 12,5 12,3 ellipse 4,13 3,4 180,360 ellipse 12,13 3,4 180,360" -fill '#f0a050' -stroke '#8a4b12' -draw "circle 8,6 8,3.5 ellipse 8,15 4,5 180,360"
calendar="rectangle 1.5,2.5 14.5,14.5"
icon Meeting $purple -draw "$calendar" -fill '#ffffff' -draw "rectangle 3.5,6.5 12.5,12.5" -stroke '#4b2d75' -draw "line 6,6 6,12 line 10,6 10,12"
icon ScheduledEvaluation $purple -draw "$calendar" -fill '#ffffff' -draw "rectangle 3.5,6.5 12.5,12.5" -stroke '#1d5e39' -fill none -strokewidth 2 -draw "polyline 5,9 7,11 11,7"
icon LandscapeEvent $purple -draw "$calendar" -fill '#f2c84b' -stroke '#7d5f06' -draw "polygon 8,5 9.5,8 13,8 10,10 11,13.5 8,11.5 5,13.5 6,10 3,8 6.5,8"
icon WGReview $purple -draw "rectangle 2.5,2.5 13.5,15.5" -fill '#ffffff' -draw "rectangle 5.5,0.5 10.5,3.5" -draw "line 5,7 11,7 line 5,10 11,10 line 5,13 9,13"

# scores
grid="line 0.5,5.5 15.5,5.5 line 0.5,10.5 15.5,10.5 line 5.5,0.5 5.5,15.5 line 10.5,0.5 10.5,15.5"
icon ScoreTable $green -draw "rectangle 0.5,0.5 15.5,15.5" -stroke '#ffffff' -draw "$grid"
icon ItemScore $green -draw "rectangle 0.5,4.5 15.5,11.5" -stroke '#ffffff' -draw "line 5.5,4.5 5.5,11.5 line 10.5,4.5 10.5,11.5"
icon EvaluatorScore $green -draw "rectangle 2.5,2.5 13.5,13.5" -fill '#ffffff' -stroke '#1d5e39' -draw "rectangle 5.5,5.5 10.5,10.5"
icon ScoringScale $green -draw "rectangle 0.5,5.5 15.5,10.5" -stroke '#ffffff' -draw "line 3,6 3,8 line 6,6 6,9 line 9,6 9,8 line 12,6 12,9"
icon ScoreLevel $green -draw "polygon 0.5,15.5 0.5,11.5 5.5,11.5 5.5,7.5 10.5,7.5 10.5,3.5 15.5,3.5 15.5,15.5"

# budgets and costs
coin="circle 8,8 8,1.5"
icon BudgetTable $gold -draw "rectangle 0.5,0.5 15.5,15.5" -stroke '#7d5f06' -draw "$grid" -fill '#7d5f06' -draw "rectangle 0.5,0.5 15.5,5.5"
icon BudgetLine $gold -draw "rectangle 0.5,4.5 15.5,11.5" -stroke '#7d5f06' -draw "line 5.5,4.5 5.5,11.5 line 10.5,4.5 10.5,11.5" -fill '#7d5f06' -draw "rectangle 0.5,4.5 5.5,11.5"
icon FiscalYearColumn $gold -draw "rectangle 4.5,0.5 11.5,15.5" -stroke '#7d5f06' -draw "line 4.5,5.5 11.5,5.5 line 4.5,10.5 11.5,10.5" -fill '#7d5f06' -draw "rectangle 4.5,0.5 11.5,5.5"
icon FiscalYearAmount $gold -draw "rectangle 2.5,2.5 13.5,13.5" -stroke '#7d5f06' -draw "line 5,8 11,8 line 8,5 8,11"
icon Money $gold -draw "$coin" -stroke '#7d5f06' -draw "line 5,4 8,8 line 11,4 8,8 line 8,8 8,13 line 5,9 11,9 line 5,11 11,11"
icon FundingFlow $gold -fill '#f2c84b' -draw "polygon 0.5,5.5 9.5,5.5 9.5,2 15.5,8 9.5,14 9.5,10.5 0.5,10.5"
icon FundingStep $gold -draw "circle 4,8 4,5" -draw "polygon 8.5,4.5 15.5,8 8.5,11.5"
icon Calculation $grey -draw "rectangle 2.5,0.5 13.5,15.5" -fill '#ffffff' -draw "rectangle 4.5,2.5 11.5,5.5" -fill '#505050' -stroke none -draw "rectangle 4,8 6,10 rectangle 10,8 12,10 rectangle 4,12 6,14 rectangle 10,12 12,14 rectangle 7,8 9,10 rectangle 7,12 9,14"
icon CalcFactor $grey -draw "circle 8,8 8,1.5" -stroke '#505050' -strokewidth 2 -draw "line 5,5 11,11 line 11,5 5,11"
icon CostEffectiveness $gold -draw "line 8,2 8,14 line 2,5 14,5" -draw "polygon 0.5,10 2.5,5 4.5,10" -draw "polygon 11.5,10 13.5,5 15.5,10" -draw "rectangle 5.5,13.5 10.5,15.5"
icon EconomicClaim $gold -draw "$coin" -stroke '#7d5f06' -fill '#7d5f06' -draw "polygon 8,4 11,9 9,9 9,12 7,12 7,9 5,9"

# indicators and results
icon OutputIndicator $red -draw "rectangle 1.5,8.5 4.5,15.5 rectangle 6.5,4.5 9.5,15.5 rectangle 11.5,0.5 14.5,15.5"
icon OutcomeIndicator $red -fill none -strokewidth 2 -draw "polyline 1,14 5,9 9,11 15,3" -stroke '#4d5b6a' -strokewidth 1 -draw "line 0.5,15.5 15.5,15.5"
icon IndicatorTarget $red -draw "circle 8,8 8,0.5" -fill '#ffffff' -draw "circle 8,8 8,3.5" -fill '#e0665a' -draw "circle 8,8 8,6"
icon TargetRevision $red -draw "circle 6,10 6,4.5" -fill '#ffffff' -draw "circle 6,10 6,7.5" -stroke '#1f4e85' -fill '#4f8fd8' -draw "polygon 9,1 15,1 15,7 13,5 10,8 8,6 11,3"
icon OutcomeExample $gold -draw "polygon 8,0.5 10.2,5.5 15.5,6 11.5,9.5 12.8,15 8,12.2 3.2,15 4.5,9.5 0.5,6 5.8,5.5"
icon ProgressMatrix $teal -draw "rectangle 0.5,0.5 15.5,15.5" -stroke '#ffffff' -draw "$grid"
icon ProgressCell $teal -draw "rectangle 3.5,3.5 12.5,12.5" -stroke '#ffffff' -strokewidth 2 -fill none -draw "polyline 5,8 7,10 11,6"
icon CompetitiveLandscape $teal -draw "polygon 0.5,3.5 5.5,1.5 10.5,3.5 15.5,1.5 15.5,13.5 10.5,15.5 5.5,13.5 0.5,15.5" -draw "line 5.5,1.5 5.5,13.5 line 10.5,3.5 10.5,15.5"
icon CompetitorProfile $teal -draw "rectangle 0.5,2.5 15.5,13.5" -fill '#f0a050' -stroke '#8a4b12' -draw "circle 5,6.5 5,4.5 ellipse 5,13 3,4 180,360" -stroke '#ffffff' -draw "line 9,6 13,6 line 9,9 13,9"

# comments and findings
speech="polygon 0.5,1.5 15.5,1.5 15.5,11.5 7,11.5 3,15 4,11.5 0.5,11.5"
icon EvaluationComment $bubble -draw "$speech" -stroke '#7d6608' -draw "line 3,5 13,5 line 3,8 10,8"
icon Recommendation $bubble -draw "$speech" -stroke '#b03a2e' -fill '#b03a2e' -draw "rectangle 7,3 8,7 rectangle 7,9 8,9"
icon Response $bubble -fill '#d6eaf8' -stroke '#1f4e85' -draw "polygon 15.5,1.5 0.5,1.5 0.5,11.5 9,11.5 13,15 12,11.5 15.5,11.5" -draw "line 3,5 13,5 line 6,8 13,8"
icon PreviousFinding $grey -fill '#ffffff' -strokewidth 2 -draw "circle 6,6 6,1.5" -draw "line 9.5,9.5 14.5,14.5"
icon FindingResponse $bubble -fill '#d5f5e3' -stroke '#1d5e39' -draw "$speech" -fill none -strokewidth 2 -draw "polyline 4,6 7,9 12,3"

echo "draw-icons: $(ls "$out" | wc -l) icons in $out"

# the roadmap add-on's classes drawn here (its other icons are EMF's defaults): a period revision is the current
# period's bar over the planned one, hollow, as the roadmap view draws them
out=bundles/org.hyoka.roadmap.edit/icons/full/obj16
icon PeriodRevision $teal -draw "rectangle 0.5,2.5 11.5,7.5" -fill none -draw "rectangle 4.5,10.5 15.5,14.5"
echo "draw-icons: PeriodRevision in $out"

# The views' tab icons. PNG, with its alpha: a view without an icon gets the platform's default one, an SVG, whose
# rendering cost the first window a fifth of its time (docs/benchmarks.md, "Start-up").
# without the creation and modification dates ImageMagick writes, so that drawing again changes nothing
png="-define png:exclude-chunks=date,time"
# the Roadmap view: bars over a time axis
mkdir -p bundles/org.hyoka.roadmap.ui/icons
convert -size 16x16 xc:none -strokewidth 1 $png $blue -draw "rectangle 1.5,1.5 9.5,5.5" $green -draw "rectangle 5.5,7.5 14.5,11.5" \
	-stroke '#4d5b6a' -draw "line 0.5,14.5 15.5,14.5 line 4.5,13 4.5,15.5 line 10.5,13 10.5,15.5" \
	bundles/org.hyoka.roadmap.ui/icons/roadmap16.png
# the Roadmap view's toolbar. Go to Today: a calendar with the status line's red; Go to Selection: a selected row's band
# with its bar, in the cross hairs; Hide Rows Without Marks: rows with bars, and one empty crossed out
convert -size 16x16 xc:none -strokewidth 1 $png $grey -draw "rectangle 1.5,2.5 14.5,14.5" -fill '#ffffff' -draw "rectangle 1.5,5.5 14.5,14.5" \
	-stroke '#d00000' -strokewidth 2 -draw "line 8,4 8,15.5" bundles/org.hyoka.roadmap.ui/icons/today16.png
convert -size 16x16 xc:none -strokewidth 1 $png -stroke none -fill '#c9d8ec' -draw "rectangle 0,5 15,10" $blue -draw "rectangle 4.5,6.5 11.5,8.5" \
	-stroke '#303030' -draw "line 8,0 8,4 line 8,11 8,15.5 line 0,7.5 2.5,7.5 line 13.5,7.5 15.5,7.5" bundles/org.hyoka.roadmap.ui/icons/selection16.png
convert -size 16x16 xc:none -strokewidth 1 $png $blue -draw "rectangle 1.5,1.5 9.5,4.5" $green -draw "rectangle 5.5,11.5 14.5,14.5" \
	-stroke '#909090' -draw "line 1.5,8 14.5,8" -stroke '#d00000' -strokewidth 2 -draw "line 5,5.5 11,10.5 line 11,5.5 5,10.5" \
	bundles/org.hyoka.roadmap.ui/icons/hideEmpty16.png
# Show Table: a table's header row over two rows of cells
convert -size 16x16 xc:none -strokewidth 1 $png -stroke '#4d5b6a' -fill '#ffffff' -draw "rectangle 0.5,1.5 15.5,14.5" $blue \
	-draw "rectangle 0.5,1.5 15.5,5.5" -stroke '#4d5b6a' -draw "line 0.5,10 15.5,10 line 6.5,5.5 6.5,14.5" \
	bundles/org.hyoka.roadmap.ui/icons/table16.png
# Zoom In and Zoom Out: a magnifying glass with a plus or a minus (lens FILE DRAW-ARGUMENTS...)
lens() {
	file=$1
	shift
	convert -size 16x16 xc:none $png -stroke '#4d5b6a' -fill '#ffffff' -strokewidth 1 -draw "circle 6.5,6.5 6.5,1" -strokewidth 3 \
		-draw "line 11,11 14.5,14.5" -strokewidth 1.5 -stroke '#1f4e85' "$@" "bundles/org.hyoka.roadmap.ui/icons/$file"
}
lens zoomIn16.png -draw "line 4,6.5 9,6.5 line 6.5,4 6.5,9"
lens zoomOut16.png -draw "line 4,6.5 9,6.5"
# the IP views' tabs: the register (a ledger with a seal) and its deadlines (a clock)
mkdir -p bundles/org.hyoka.ip.ui/icons
convert -size 16x16 xc:none -strokewidth 1 $png $doc -draw "rectangle 1.5,0.5 12.5,15.5" -stroke '#8a8a8a' \
	-draw "line 4,4 10,4 line 4,7 10,7 line 4,10 7,10" $red -draw "circle 12,12 12,8.5" bundles/org.hyoka.ip.ui/icons/register16.png
convert -size 16x16 xc:none -strokewidth 1 $png $doc -draw "circle 8,8 8,0.5" -stroke '#1f4e85' -strokewidth 2 \
	-draw "line 8,8 8,3.5 line 8,8 11.5,10" bundles/org.hyoka.ip.ui/icons/deadlines16.png
echo "draw-icons: the views' icons in bundles/org.hyoka.roadmap.ui/icons and bundles/org.hyoka.ip.ui/icons"
