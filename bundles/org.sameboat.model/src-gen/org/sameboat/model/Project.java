/**
 */
package org.sameboat.model;

import org.eclipse.emf.common.util.EList;

/**
 * <!-- begin-user-doc -->
 * A representation of the model object '<em><b>Project</b></em>'.
 * <!-- end-user-doc -->
 *
 * <p>
 * The following features are supported:
 * </p>
 * <ul>
 *   <li>{@link org.sameboat.model.Project#getName <em>Name</em>}</li>
 *   <li>{@link org.sameboat.model.Project#getDescription <em>Description</em>}</li>
 *   <li>{@link org.sameboat.model.Project#getFormatVersion <em>Format Version</em>}</li>
 *   <li>{@link org.sameboat.model.Project#getCodebooks <em>Codebooks</em>}</li>
 *   <li>{@link org.sameboat.model.Project#getCoders <em>Coders</em>}</li>
 *   <li>{@link org.sameboat.model.Project#getGroups <em>Groups</em>}</li>
 *   <li>{@link org.sameboat.model.Project#getParticipants <em>Participants</em>}</li>
 *   <li>{@link org.sameboat.model.Project#getAttributeDefinitions <em>Attribute Definitions</em>}</li>
 *   <li>{@link org.sameboat.model.Project#getDocuments <em>Documents</em>}</li>
 *   <li>{@link org.sameboat.model.Project#getMemos <em>Memos</em>}</li>
 *   <li>{@link org.sameboat.model.Project#getCases <em>Cases</em>}</li>
 *   <li>{@link org.sameboat.model.Project#getSegmentSets <em>Segment Sets</em>}</li>
 * </ul>
 *
 * @see org.sameboat.model.SameboatPackage#getProject()
 * @model
 * @generated
 */
public interface Project extends Identified {
	/**
	 * Returns the value of the '<em><b>Name</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Name</em>' attribute.
	 * @see #setName(String)
	 * @see org.sameboat.model.SameboatPackage#getProject_Name()
	 * @model
	 * @generated
	 */
	String getName();

	/**
	 * Sets the value of the '{@link org.sameboat.model.Project#getName <em>Name</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Name</em>' attribute.
	 * @see #getName()
	 * @generated
	 */
	void setName(String value);

	/**
	 * Returns the value of the '<em><b>Description</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Description</em>' attribute.
	 * @see #setDescription(String)
	 * @see org.sameboat.model.SameboatPackage#getProject_Description()
	 * @model
	 * @generated
	 */
	String getDescription();

	/**
	 * Sets the value of the '{@link org.sameboat.model.Project#getDescription <em>Description</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Description</em>' attribute.
	 * @see #getDescription()
	 * @generated
	 */
	void setDescription(String value);

	/**
	 * Returns the value of the '<em><b>Format Version</b></em>' attribute.
	 * The default value is <code>"1"</code>.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Format Version</em>' attribute.
	 * @see #setFormatVersion(int)
	 * @see org.sameboat.model.SameboatPackage#getProject_FormatVersion()
	 * @model default="1"
	 * @generated
	 */
	int getFormatVersion();

	/**
	 * Sets the value of the '{@link org.sameboat.model.Project#getFormatVersion <em>Format Version</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Format Version</em>' attribute.
	 * @see #getFormatVersion()
	 * @generated
	 */
	void setFormatVersion(int value);

	/**
	 * Returns the value of the '<em><b>Codebooks</b></em>' containment reference list.
	 * The list contents are of type {@link org.sameboat.model.Codebook}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Codebooks</em>' containment reference list.
	 * @see org.sameboat.model.SameboatPackage#getProject_Codebooks()
	 * @model containment="true"
	 * @generated
	 */
	EList<Codebook> getCodebooks();

	/**
	 * Returns the value of the '<em><b>Coders</b></em>' containment reference list.
	 * The list contents are of type {@link org.sameboat.model.Coder}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Coders</em>' containment reference list.
	 * @see org.sameboat.model.SameboatPackage#getProject_Coders()
	 * @model containment="true"
	 * @generated
	 */
	EList<Coder> getCoders();

	/**
	 * Returns the value of the '<em><b>Groups</b></em>' containment reference list.
	 * The list contents are of type {@link org.sameboat.model.Group}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Groups</em>' containment reference list.
	 * @see org.sameboat.model.SameboatPackage#getProject_Groups()
	 * @model containment="true"
	 * @generated
	 */
	EList<Group> getGroups();

	/**
	 * Returns the value of the '<em><b>Participants</b></em>' containment reference list.
	 * The list contents are of type {@link org.sameboat.model.Participant}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Participants</em>' containment reference list.
	 * @see org.sameboat.model.SameboatPackage#getProject_Participants()
	 * @model containment="true"
	 * @generated
	 */
	EList<Participant> getParticipants();

	/**
	 * Returns the value of the '<em><b>Attribute Definitions</b></em>' containment reference list.
	 * The list contents are of type {@link org.sameboat.model.AttributeDefinition}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Attribute Definitions</em>' containment reference list.
	 * @see org.sameboat.model.SameboatPackage#getProject_AttributeDefinitions()
	 * @model containment="true"
	 * @generated
	 */
	EList<AttributeDefinition> getAttributeDefinitions();

	/**
	 * Returns the value of the '<em><b>Documents</b></em>' containment reference list.
	 * The list contents are of type {@link org.sameboat.model.Document}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Documents</em>' containment reference list.
	 * @see org.sameboat.model.SameboatPackage#getProject_Documents()
	 * @model containment="true"
	 * @generated
	 */
	EList<Document> getDocuments();

	/**
	 * Returns the value of the '<em><b>Memos</b></em>' containment reference list.
	 * The list contents are of type {@link org.sameboat.model.Memo}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Memos</em>' containment reference list.
	 * @see org.sameboat.model.SameboatPackage#getProject_Memos()
	 * @model containment="true"
	 * @generated
	 */
	EList<Memo> getMemos();

	/**
	 * Returns the value of the '<em><b>Cases</b></em>' containment reference list.
	 * The list contents are of type {@link org.sameboat.model.Case}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Cases</em>' containment reference list.
	 * @see org.sameboat.model.SameboatPackage#getProject_Cases()
	 * @model containment="true"
	 * @generated
	 */
	EList<Case> getCases();

	/**
	 * Returns the value of the '<em><b>Segment Sets</b></em>' containment reference list.
	 * The list contents are of type {@link org.sameboat.model.SegmentSet}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Named selections of the Coded segments retrieval. Projects saved before sets existed simply have none.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Segment Sets</em>' containment reference list.
	 * @see org.sameboat.model.SameboatPackage#getProject_SegmentSets()
	 * @model containment="true"
	 * @generated
	 */
	EList<SegmentSet> getSegmentSets();

} // Project
