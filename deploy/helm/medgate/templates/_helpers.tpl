{{/* Names and labels shared by every template. */}}
{{- define "medgate.fullname" -}}
{{- if contains .Chart.Name .Release.Name -}}
{{- .Release.Name | trunc 50 | trimSuffix "-" -}}
{{- else -}}
{{- printf "%s-%s" .Release.Name .Chart.Name | trunc 50 | trimSuffix "-" -}}
{{- end -}}
{{- end -}}

{{- define "medgate.selectorLabels" -}}
app.kubernetes.io/name: {{ .Chart.Name }}
app.kubernetes.io/instance: {{ .Release.Name }}
{{- end -}}

{{- define "medgate.labels" -}}
{{ include "medgate.selectorLabels" . }}
app.kubernetes.io/version: {{ .Chart.AppVersion | quote }}
app.kubernetes.io/managed-by: {{ .Release.Service }}
helm.sh/chart: {{ printf "%s-%s" .Chart.Name .Chart.Version }}
{{- end -}}

{{- define "medgate.image" -}}
{{ .Values.image.repository }}:{{ .Values.image.tag | default .Chart.AppVersion }}
{{- end -}}

{{- define "medgate.apiKeySecret" -}}
{{- .Values.apiKeys.existingSecret | default (printf "%s-api-keys" (include "medgate.fullname" .)) -}}
{{- end -}}

{{- define "medgate.modelClaim" -}}
{{- .Values.modelVolume.existingClaim | default (printf "%s-models" (include "medgate.fullname" .)) -}}
{{- end -}}

{{- define "medgate.auditClaim" -}}
{{- .Values.auditVolume.existingClaim | default (printf "%s-audit" (include "medgate.fullname" .)) -}}
{{- end -}}

{{/* Environment, volumes and mounts common to the head and worker containers. */}}
{{- define "medgate.env" -}}
- name: MEDGATE_API_KEYS
  valueFrom:
    secretKeyRef: {name: {{ include "medgate.apiKeySecret" . }}, key: MEDGATE_API_KEYS}
- name: MEDGATE_AUDIT__SALT
  valueFrom:
    secretKeyRef: {name: {{ include "medgate.apiKeySecret" . }}, key: MEDGATE_AUDIT__SALT, optional: true}
- {name: MEDGATE_CONFIG, value: /etc/medgate/config.yaml}
- {name: RAY_USAGE_STATS_ENABLED, value: "0"}
- {name: VLLM_NO_USAGE_STATS, value: "1"}
- {name: DO_NOT_TRACK, value: "1"}
- {name: HF_HUB_OFFLINE, value: "1"}
- {name: HOME, value: /tmp/home}
- {name: XDG_CACHE_HOME, value: /tmp/cache}
{{- end -}}

{{- define "medgate.volumeMounts" -}}
- {name: config, mountPath: /etc/medgate, readOnly: true}
- {name: models, mountPath: {{ .Values.modelVolume.mountPath }}, readOnly: true}
- {name: audit, mountPath: {{ .Values.auditVolume.mountPath }}}
- {name: tmp, mountPath: /tmp}
- {name: dshm, mountPath: /dev/shm}
{{- end -}}

{{- define "medgate.volumes" -}}
- name: config
  projected:
    sources:
      - configMap: {name: {{ include "medgate.fullname" . }}-config}
- name: models
  persistentVolumeClaim: {claimName: {{ include "medgate.modelClaim" . }}, readOnly: true}
- name: audit
  persistentVolumeClaim: {claimName: {{ include "medgate.auditClaim" . }}}
- name: tmp
  emptyDir: {}
- name: dshm
  emptyDir: {medium: Memory, sizeLimit: {{ .Values.ray.shmSize }}}
{{- end -}}

{{- define "medgate.probes" -}}
{{- $port := .Values.ray.serveHttpPort -}}
{{- with .Values.probes }}
startupProbe:
  httpGet: {path: {{ .startup.path }}, port: {{ $port }}}
  periodSeconds: {{ .startup.periodSeconds }}
  failureThreshold: {{ .startup.failureThreshold }}
livenessProbe:
  httpGet: {path: {{ .liveness.path }}, port: {{ $port }}}
  periodSeconds: {{ .liveness.periodSeconds }}
  timeoutSeconds: {{ .liveness.timeoutSeconds }}
  failureThreshold: {{ .liveness.failureThreshold }}
readinessProbe:
  httpGet: {path: {{ .readiness.path }}, port: {{ $port }}}
  periodSeconds: {{ .readiness.periodSeconds }}
  timeoutSeconds: {{ .readiness.timeoutSeconds }}
  failureThreshold: {{ .readiness.failureThreshold }}
{{- end }}
{{- end -}}

{{- define "medgate.ports" -}}
- {name: serve, containerPort: {{ .Values.ray.serveHttpPort }}}
- {name: metrics, containerPort: {{ .Values.ray.metricsPort }}}
{{- end -}}
